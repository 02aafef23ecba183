package ai.trae.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * A named budget: at most {@code capacity} requests in a burst, refilled continuously so that
 * {@code capacity} more are allowed per {@code refillPeriod}. The module that takes from a budget
 * declares it ({@link RateLimitPolicies}); the platform owns only {@link #API}.
 */
public record RateLimitPolicy(String name, long capacity, Duration refillPeriod) {

  /**
   * Every {@code /api} request, per signed-in user or else per client address ({@link ApiBudget}).
   */
  public static final String API = "api";

  static final RateLimitPolicy API_DEFAULT = new RateLimitPolicy(API, 600, Duration.ofMinutes(1));

  public RateLimitPolicy {
    if (capacity < 1) {
      throw new IllegalArgumentException("capacity of " + name + " must be at least 1");
    }
    if (refillPeriod.isNegative() || refillPeriod.isZero()) {
      throw new IllegalArgumentException("refill period of " + name + " must be positive");
    }
  }

  BucketConfiguration bucketConfiguration() {
    // greedy refill: tokens come back one by one, not all at the end of the period, so a client
    // that paces itself is never locked out for a whole period
    return BucketConfiguration.builder()
        .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, refillPeriod))
        .build();
  }
}
