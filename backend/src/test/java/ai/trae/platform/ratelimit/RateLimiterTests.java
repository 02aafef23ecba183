package ai.trae.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimiterTests {

  private final ManualClock clock = new ManualClock();
  private final LocalBucketStore store = new LocalBucketStore(clock, 1000);
  private final RateLimiter limiter =
      new RateLimiter(
          Map.of("login-ip", new RateLimitPolicy("login-ip", 3, Duration.ofSeconds(30))),
          store,
          true);

  @Test
  void countsDownThenRefuses() {
    assertThat(limiter.tryConsume("login-ip", "10.0.0.1"))
        .isEqualTo(new ConsumptionResult(true, 2, 3, 10, 0));
    assertThat(limiter.tryConsume("login-ip", "10.0.0.1").remaining()).isEqualTo(1);
    assertThat(limiter.tryConsume("login-ip", "10.0.0.1").remaining()).isZero();

    ConsumptionResult refused = limiter.tryConsume("login-ip", "10.0.0.1");

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.remaining()).isZero();
    // one token comes back every 10 s; the bucket is full after 30 s
    assertThat(refused.retryAfterSeconds()).isEqualTo(10);
    assertThat(refused.resetSeconds()).isEqualTo(30);
  }

  @Test
  void refillsGraduallyAsTimePasses() {
    for (int i = 0; i < 3; i++) {
      limiter.tryConsume("login-ip", "10.0.0.1");
    }

    clock.advance(Duration.ofSeconds(4));
    ConsumptionResult stillRefused = limiter.tryConsume("login-ip", "10.0.0.1");
    assertThat(stillRefused.allowed()).isFalse();
    assertThat(stillRefused.retryAfterSeconds()).isEqualTo(6);

    clock.advance(Duration.ofSeconds(6));
    ConsumptionResult allowed = limiter.tryConsume("login-ip", "10.0.0.1");
    assertThat(allowed.allowed()).isTrue();
    assertThat(allowed.remaining()).isZero();

    clock.advance(Duration.ofMinutes(5));
    assertThat(limiter.tryConsume("login-ip", "10.0.0.1").remaining())
        .as("never refills beyond capacity")
        .isEqualTo(2);
  }

  @Test
  void eachKeyHasItsOwnBudget() {
    for (int i = 0; i < 3; i++) {
      limiter.tryConsume("login-ip", "10.0.0.1");
    }

    assertThat(limiter.tryConsume("login-ip", "10.0.0.1").allowed()).isFalse();
    assertThat(limiter.tryConsume("login-ip", "10.0.0.2").allowed()).isTrue();
  }

  @Test
  void checkThrowsA429WithRetryAfterAndRateLimitHeaders() {
    for (int i = 0; i < 3; i++) {
      limiter.check("login-ip", "10.0.0.1");
    }

    assertThatThrownBy(() -> limiter.check("login-ip", "10.0.0.1"))
        .isInstanceOfSatisfying(
            RateLimitExceededException.class,
            e -> {
              assertThat(e.getStatusCode().value()).isEqualTo(429);
              assertThat(e.getBody().getType()).hasToString("/problems/too-many-requests");
              assertThat(e.getBody().getDetail()).contains("10 seconds");
              assertThat(e.getHeaders().getFirst("Retry-After")).isEqualTo("10");
              assertThat(e.getHeaders().getFirst("RateLimit-Limit")).isEqualTo("3");
              assertThat(e.getHeaders().getFirst("RateLimit-Remaining")).isEqualTo("0");
              assertThat(e.getHeaders().getFirst("RateLimit-Reset")).isEqualTo("30");
              assertThat(e.result().allowed()).isFalse();
            });
  }

  @Test
  void retryAfterIsNeverZeroWhenRefused() {
    RateLimiter fast =
        new RateLimiter(
            Map.of("fast", new RateLimitPolicy("fast", 1, Duration.ofMillis(100))), store, true);
    fast.tryConsume("fast", "k");

    ConsumptionResult refused = fast.tryConsume("fast", "k");

    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds()).isEqualTo(1);
    assertThat(new RateLimitExceededException(refused).getBody().getDetail()).endsWith("1 second.");
  }

  @Test
  void disabledLimiterAllowsEverythingAndStoresNothing() {
    RateLimiter disabled =
        new RateLimiter(
            Map.of("login-ip", new RateLimitPolicy("login-ip", 1, Duration.ofMinutes(1))),
            store,
            false);

    for (int i = 0; i < 5; i++) {
      assertThat(disabled.check("login-ip", "10.0.0.1"))
          .isEqualTo(new ConsumptionResult(true, 1, 1, 0, 0));
    }
    assertThat(disabled.enabled()).isFalse();
    assertThat(store.size()).isZero();
  }

  @Test
  void unknownPolicyIsAProgrammingError() {
    assertThatThrownBy(() -> limiter.tryConsume("logn-ip", "10.0.0.1"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("logn-ip");
  }

  @Test
  void policiesRejectNonsense() {
    assertThatThrownBy(() -> new RateLimitPolicy("x", 0, Duration.ofMinutes(1)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new RateLimitPolicy("x", 1, Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void headersCarryRetryAfterOnlyWhenRefused() {
    assertThat(new ConsumptionResult(true, 5, 10, 3, 0).headers())
        .containsExactly(
            Map.entry("RateLimit-Limit", "10"),
            Map.entry("RateLimit-Remaining", "5"),
            Map.entry("RateLimit-Reset", "3"));
    assertThat(new ConsumptionResult(false, 0, 10, 60, 6).headers())
        .containsEntry("Retry-After", "6");
  }
}
