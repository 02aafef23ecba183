package ai.trae.platform.ratelimit;

import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;

/**
 * A named budget: at most {@code capacity} requests in a burst, refilled continuously so that
 * {@code capacity} more are allowed per {@code refillPeriod}.
 */
public record RateLimitPolicy(String name, long capacity, Duration refillPeriod) {

  /** Sign-in attempts per client address. */
  public static final String LOGIN_IP = "login-ip";

  /** Sign-in attempts per account, whichever address they come from. */
  public static final String LOGIN_ACCOUNT = "login-account";

  /** Second-factor attempts per client address. */
  public static final String MFA_IP = "mfa-ip";

  /** Second-factor attempts per account. */
  public static final String MFA_ACCOUNT = "mfa-account";

  /** First-run setup attempts per client address. */
  public static final String SETUP_IP = "setup-ip";

  /** Password-reset requests per client address. */
  public static final String PASSWORD_RESET_IP = "password-reset-ip";

  /**
   * Sign-in attempts from a browser that signed in to the account before (its device cookie), in
   * place of the per-address and per-account budgets, so others' failures cannot lock it out.
   */
  public static final String LOGIN_DEVICE = "login-device";

  /**
   * Checks of the current password (or a second-factor code) inside a session, per user: changing
   * the password, turning two-factor authentication off.
   */
  public static final String PASSWORD_CHECK = "password-check";

  /**
   * Every {@code /api} request, per signed-in user or else per client address ({@link ApiBudget}).
   */
  public static final String API = "api";

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
