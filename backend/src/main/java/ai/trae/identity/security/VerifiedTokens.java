package ai.trae.identity.security;

import ai.trae.platform.crypto.OpaqueTokens;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import java.nio.ByteBuffer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;

/**
 * Verifies each access token's ES256 signature and claims once, not on every request: a browser
 * sends the same token for ten minutes, and a verification costs ~300 µs of CPU against a few µs
 * for a hash and a lookup. Entries are keyed by the token's SHA-256 (the cache never holds a usable
 * token), bounded in number, and never served at or past the token's {@code exp}, whatever the
 * cache's own timer says. Only successes are kept: a rejected token is verified again, and fails
 * again. Whether the token's session still holds is not this class's question: {@link
 * SessionPrincipals} answers it on every request.
 */
final class VerifiedTokens implements JwtDecoder {

  static final int MAX_ENTRIES = 20_000;

  private final JwtDecoder verifier;
  private final Clock clock;
  private final Cache<ByteBuffer, Jwt> verified;

  VerifiedTokens(JwtDecoder verifier, Clock clock) {
    this.verifier = verifier;
    this.clock = clock;
    this.verified =
        Caffeine.newBuilder().maximumSize(MAX_ENTRIES).expireAfter(untilExpiry(clock)).build();
  }

  @Override
  public Jwt decode(String token) throws JwtException {
    ByteBuffer key = ByteBuffer.wrap(OpaqueTokens.sha256(token));
    @Nullable Jwt jwt = verified.getIfPresent(key);
    if (jwt != null && usable(jwt, clock.instant())) {
      return jwt;
    }
    Jwt fresh = verifier.decode(token);
    if (usable(fresh, clock.instant())) {
      verified.put(key, fresh);
    }
    return fresh;
  }

  private static boolean usable(Jwt jwt, Instant now) {
    Instant expires = jwt.getExpiresAt();
    return expires != null && now.isBefore(expires);
  }

  private static Expiry<ByteBuffer, Jwt> untilExpiry(Clock clock) {
    return Expiry.creating(
        (key, jwt) -> {
          Instant expires = jwt.getExpiresAt();
          return expires == null ? Duration.ZERO : Duration.between(clock.instant(), expires);
        });
  }
}
