package ai.trae.identity.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

class VerifiedTokensTests {

  private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");

  private final MutableClock clock = new MutableClock(NOW);
  private final AtomicInteger verifications = new AtomicInteger();
  private final JwtDecoder verifier =
      token -> {
        verifications.incrementAndGet();
        if (token.startsWith("bad")) {
          throw new BadJwtException("bad signature");
        }
        return Jwt.withTokenValue(token)
            .header("alg", "ES256")
            .subject("someone")
            .issuedAt(NOW)
            .expiresAt(NOW.plus(Duration.ofMinutes(10)))
            .build();
      };
  private final VerifiedTokens tokens = new VerifiedTokens(verifier, clock);

  @Test
  void aTokenIsVerifiedOnceAndThenServedFromTheCache() {
    Jwt first = tokens.decode("token-a");
    Jwt again = tokens.decode("token-a");
    tokens.decode("token-b");

    assertThat(again).isSameAs(first);
    assertThat(verifications).hasValue(2);
  }

  @Test
  void aCachedTokenIsNeverUsedAtOrPastItsExpiry() {
    tokens.decode("token-a");
    clock.now = NOW.plus(Duration.ofMinutes(10));

    tokens.decode("token-a");

    assertThat(verifications)
        .as("verified again at exp, and refused there by the verifier")
        .hasValue(2);
  }

  @Test
  void aRejectedTokenIsNotRemembered() {
    assertThatThrownBy(() -> tokens.decode("bad-token")).isInstanceOf(BadJwtException.class);
    assertThatThrownBy(() -> tokens.decode("bad-token")).isInstanceOf(BadJwtException.class);

    assertThat(verifications).hasValue(2);
  }

  private static final class MutableClock extends Clock {
    Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
