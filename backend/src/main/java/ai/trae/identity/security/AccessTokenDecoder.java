package ai.trae.identity.security;

import ai.trae.identity.IdentityProperties;
import ai.trae.identity.auth.SigningKeys;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtClaimNames;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;

/**
 * Verifies tokens TRAE issued itself: ES256 only (so {@code alg: none} and HMAC tricks fail), a key
 * id we published (a token without one would be tried against every key), our issuer, exactly the
 * expected audience, and an expiry (a token without {@code exp} would never end).
 */
final class AccessTokenDecoder {

  private static final Duration RELOAD_AT_MOST_EVERY = Duration.ofSeconds(10);

  private AccessTokenDecoder() {}

  static JwtDecoder forAudience(
      SigningKeys keys, IdentityProperties properties, String audience, Clock clock) {
    DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
    JWSVerificationKeySelector<SecurityContext> byKeyId =
        new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, keySource(keys, clock));
    processor.setJWSKeySelector(
        (header, context) ->
            header.getKeyID() == null ? List.of() : byKeyId.selectJWSKeys(header, context));
    processor.setJWTClaimsSetVerifier((claims, context) -> {}); // Spring's validators below
    NimbusJwtDecoder decoder = new NimbusJwtDecoder(processor);
    var timestamps = new JwtTimestampValidator(Duration.ofSeconds(30));
    timestamps.setClock(clock);
    decoder.setJwtValidator(
        new DelegatingOAuth2TokenValidator<>(
            timestamps,
            new JwtIssuerValidator(properties.issuer()),
            new JwtClaimValidator<Instant>(JwtClaimNames.EXP, Objects::nonNull),
            new JwtClaimValidator<List<String>>(
                JwtClaimNames.AUD, aud -> List.of(audience).equals(aud))));
    return decoder;
  }

  /** Unknown key ids trigger one reload (another node may have rotated), rate-limited. */
  private static JWKSource<SecurityContext> keySource(SigningKeys keys, Clock clock) {
    Instant[] lastReload = {Instant.EPOCH};
    return (selector, context) -> {
      List<JWK> found = selector.select(keys.publicKeys());
      Instant now = clock.instant();
      synchronized (lastReload) {
        if (found.isEmpty() && lastReload[0].plus(RELOAD_AT_MOST_EVERY).isBefore(now)) {
          lastReload[0] = now;
          JWKSet reloaded = keys.reload();
          found = selector.select(reloaded);
        }
      }
      return found;
    };
  }
}
