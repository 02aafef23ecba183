package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import ai.trae.platform.ratelimit.RateLimitPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Identity declares its own budgets; the platform binds them (RateLimitPropertiesTests). */
class IdentityRateLimitsTests {

  @Test
  void defaultsAreTheDocumentedBudgets() {
    assertThat(IdentityRateLimits.defaults().defaults())
        .extracting(RateLimitPolicy::name, RateLimitPolicy::capacity, RateLimitPolicy::refillPeriod)
        .containsExactly(
            tuple("login-ip", 20L, Duration.ofMinutes(1)),
            tuple("login-account", 10L, Duration.ofMinutes(1)),
            tuple("mfa-ip", 20L, Duration.ofMinutes(1)),
            tuple("mfa-account", 10L, Duration.ofMinutes(1)),
            tuple("setup-ip", 5L, Duration.ofMinutes(1)),
            tuple("password-reset-ip", 5L, Duration.ofMinutes(1)),
            tuple("login-device", 10L, Duration.ofMinutes(1)),
            tuple("password-check", 5L, Duration.ofMinutes(5)));
  }
}
