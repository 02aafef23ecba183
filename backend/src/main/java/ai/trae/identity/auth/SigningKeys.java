package ai.trae.identity.auth;

import ai.trae.identity.IdentityProperties;
import ai.trae.platform.crypto.SecretBox;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * ES256 signing keys, generated once and stored encrypted in the database so every node signs and
 * verifies with the same keys. Rotation adds a new signing key and retires the old one, which stays
 * published until every token it signed has expired.
 */
@Component
public class SigningKeys {

  private static final Logger log = LoggerFactory.getLogger(SigningKeys.class);
  private static final long GENERATION_LOCK = 0x7472_6165_6b65_7973L; // "traekeys"

  private final JdbcClient jdbc;
  private final SecretBox secrets;
  private final IdentityProperties properties;
  private final Clock clock;
  private final TransactionTemplate tx;
  private volatile @Nullable Loaded loaded;

  SigningKeys(
      JdbcClient jdbc,
      SecretBox secrets,
      IdentityProperties properties,
      Clock clock,
      TransactionTemplate tx) {
    this.jdbc = jdbc;
    this.secrets = secrets;
    this.properties = properties;
    this.clock = clock;
    this.tx = tx;
  }

  /** The key new tokens are signed with. */
  ECKey signingKey() {
    return load().signing();
  }

  /** Every public key a valid token may have been signed with. */
  public JWKSet publicKeys() {
    return load().published();
  }

  /** Looks again in the database: another node may have rotated. */
  public JWKSet reload() {
    loaded = null;
    return publicKeys();
  }

  /** Makes a new signing key; the previous one verifies until its tokens expire. */
  public void rotate() {
    tx.executeWithoutResult(
        status -> {
          lock();
          jdbc.sql("update signing_keys set retired_at = ? where retired_at is null")
              .param(Timestamp.from(clock.instant()))
              .update();
          insertNewKey();
        });
    loaded = null;
  }

  private Loaded load() {
    Loaded current = loaded;
    if (current == null) {
      current = tx.execute(status -> readOrCreate());
      loaded = current;
    }
    return current;
  }

  private Loaded readOrCreate() {
    lock();
    Instant publishedSince = clock.instant().minus(properties.accessTokenTtl().multipliedBy(2));
    List<StoredKey> keys =
        jdbc.sql(
                """
                select kid, private_key_encrypted, retired_at from signing_keys
                where retired_at is null or retired_at > ? order by created_at desc
                """)
            .param(Timestamp.from(publishedSince))
            .query(
                (rs, n) ->
                    new StoredKey(
                        rs.getString("kid"),
                        rs.getBytes("private_key_encrypted"),
                        rs.getTimestamp("retired_at") != null))
            .list();
    if (keys.stream().noneMatch(k -> !k.retired())) {
      insertNewKey();
      return readOrCreate();
    }
    List<ECKey> decrypted = keys.stream().map(this::decrypt).toList();
    ECKey signing =
        decrypted.get(
            keys.indexOf(keys.stream().filter(k -> !k.retired()).findFirst().orElseThrow()));
    return new Loaded(
        signing,
        new JWKSet(
            decrypted.stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList()));
  }

  private void insertNewKey() {
    try {
      String kid = UUID.randomUUID().toString();
      ECKey key =
          new ECKeyGenerator(Curve.P_256)
              .keyID(kid)
              .keyUse(KeyUse.SIGNATURE)
              .algorithm(JWSAlgorithm.ES256)
              .generate();
      jdbc.sql(
              """
              insert into signing_keys (kid, algorithm, private_key_encrypted, public_jwk, created_at)
              values (?, 'ES256', ?, ?, ?)
              """)
          .params(
              kid,
              secrets.encrypt(key.toJSONString().getBytes(StandardCharsets.UTF_8), context(kid)),
              key.toPublicJWK().toJSONString(),
              Timestamp.from(clock.instant()))
          .update();
      log.info("Generated a new token signing key {}", kid);
    } catch (JOSEException ex) {
      throw new IllegalStateException("Cannot generate a signing key", ex);
    }
  }

  private ECKey decrypt(StoredKey stored) {
    try {
      return ECKey.parse(
          new String(
              secrets.decrypt(stored.encrypted(), context(stored.kid())), StandardCharsets.UTF_8));
    } catch (ParseException ex) {
      throw new IllegalStateException("Stored signing key " + stored.kid() + " is unreadable", ex);
    }
  }

  /** Nodes starting together must not each create a key. */
  private void lock() {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(GENERATION_LOCK).query().singleRow();
  }

  private static String context(String kid) {
    return "signing-key:" + kid;
  }

  private record StoredKey(String kid, byte[] encrypted, boolean retired) {}

  private record Loaded(ECKey signing, JWKSet published) {}
}
