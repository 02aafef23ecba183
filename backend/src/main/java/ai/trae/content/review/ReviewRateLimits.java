package ai.trae.content.review;

import ai.trae.platform.ratelimit.RateLimitPolicies;
import ai.trae.platform.ratelimit.RateLimitPolicy;
import java.time.Duration;

/**
 * Budgets of the public review pages, per client address: anyone may call them, so they are held to
 * what one reviewer reading and commenting needs.
 */
public final class ReviewRateLimits {

  /** Every call to /api/v1/review/{token}. */
  public static final String REVIEW_IP = "review-ip";

  /** Comments and verdicts through a review link. */
  public static final String REVIEW_WRITE_IP = "review-write-ip";

  private ReviewRateLimits() {}

  static RateLimitPolicies defaults() {
    return RateLimitPolicies.of(
        new RateLimitPolicy(REVIEW_IP, 120, Duration.ofMinutes(1)),
        new RateLimitPolicy(REVIEW_WRITE_IP, 20, Duration.ofMinutes(10)));
  }
}
