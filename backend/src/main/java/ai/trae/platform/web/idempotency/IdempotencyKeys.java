package ai.trae.platform.web.idempotency;

import ai.trae.platform.crypto.SecretBox;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code idempotency_keys} table: a claim is inserted before a request runs (the primary key on
 * (principal, key) lets only one request win it), completed with the response, or released when
 * there is nothing worth replaying. Every statement runs on its own (auto-commit), so a claim is
 * visible to a concurrent request at once, whatever transaction the handler opens.
 */
@Component
public class IdempotencyKeys {

  /** How long a key is remembered. */
  public static final Duration TTL = Duration.ofHours(24);

  /**
   * A claim still unanswered after this long belongs to a request whose node died; the key may be
   * claimed again rather than stay blocked for a day.
   */
  static final Duration ABANDONED = Duration.ofMinutes(5);

  private static final TypeReference<Map<String, List<String>>> HEADERS = new TypeReference<>() {};

  private final JdbcClient jdbc;
  private final SecretBox box;
  private final JsonMapper json = JsonMapper.builder().build();

  IdempotencyKeys(JdbcClient jdbc, SecretBox box) {
    this.jdbc = jdbc;
    this.box = box;
  }

  /** A response as stored, ready to be written again. */
  record StoredResponse(int status, Map<String, List<String>> headers, byte[] body) {}

  /** What a request found under its key: the other request's hash, and its response once done. */
  record Claim(byte[] requestHash, @Nullable StoredResponse response) {}

  /**
   * Claims the key for a request, taking over a row that has expired or was abandoned.
   *
   * @return true when this request owns the key and must run
   */
  boolean claim(String principal, String key, byte[] requestHash, Instant now) {
    return jdbc.sql(
                """
                insert into idempotency_keys
                  (principal, idem_key, request_hash, created_at, expires_at)
                values (?, ?, ?, ?, ?)
                on conflict (principal, idem_key) do update set
                  request_hash = excluded.request_hash, status = null, headers = null,
                  body_encrypted = null, created_at = excluded.created_at,
                  expires_at = excluded.expires_at
                where idempotency_keys.expires_at <= excluded.created_at
                   or (idempotency_keys.status is null and idempotency_keys.created_at < ?)
                """)
            .params(
                principal,
                key,
                requestHash,
                Timestamp.from(now),
                Timestamp.from(now.plus(TTL)),
                Timestamp.from(now.minus(ABANDONED)))
            .update()
        == 1;
  }

  /** The live row under the key, if any. */
  Optional<Claim> find(String principal, String key, Instant now) {
    return jdbc.sql(
            """
            select request_hash, status, headers, body_encrypted from idempotency_keys
            where principal = ? and idem_key = ? and expires_at > ?
            """)
        .params(principal, key, Timestamp.from(now))
        .query(
            (rs, n) -> {
              byte[] hash = rs.getBytes("request_hash");
              int status = rs.getInt("status");
              if (rs.wasNull()) {
                return new Claim(hash, null);
              }
              byte[] body = box.decrypt(rs.getBytes("body_encrypted"), context(principal, key));
              return new Claim(
                  hash,
                  new StoredResponse(
                      status, json.readValue(rs.getString("headers"), HEADERS), body));
            })
        .optional();
  }

  void complete(String principal, String key, StoredResponse response) {
    jdbc.sql(
            """
            update idempotency_keys set status = ?, headers = ?, body_encrypted = ?
            where principal = ? and idem_key = ? and status is null
            """)
        .params(
            response.status(),
            json.writeValueAsString(response.headers()),
            box.encrypt(response.body(), context(principal, key)),
            principal,
            key)
        .update();
  }

  /** Gives the key back, so that a retry runs again (a server error, a response not stored). */
  void release(String principal, String key) {
    jdbc.sql("delete from idempotency_keys where principal = ? and idem_key = ? and status is null")
        .params(principal, key)
        .update();
  }

  /**
   * Forgets keys older than {@link #TTL}; the platform's clean-up job calls it.
   *
   * @return how many keys were deleted
   */
  public int purgeExpired(Instant now) {
    return jdbc.sql("delete from idempotency_keys where expires_at <= ?")
        .param(Timestamp.from(now))
        .update();
  }

  /** A stored response decrypts only under the key it was stored for. */
  private static String context(String principal, String key) {
    return "idempotency:" + principal + "\n" + key;
  }
}
