package ai.trae.content.newsletter;

import ai.trae.platform.ratelimit.RateLimitPolicies;
import ai.trae.platform.ratelimit.RateLimitPolicy;
import java.time.Duration;

/**
 * Budgets of the public signup: anyone may call it, and each call can send a mail, so it is held
 * per client address and per subscribed address (one address cannot be flooded with confirmation
 * mails from many clients).
 */
public final class NewsletterRateLimits {

  /** Signups from one client address. */
  public static final String SIGNUP_IP = "newsletter-signup-ip";

  /** Signups naming one e-mail address, from anywhere. */
  public static final String SIGNUP_ADDRESS = "newsletter-signup-address";

  private NewsletterRateLimits() {}

  static RateLimitPolicies defaults() {
    return RateLimitPolicies.of(
        new RateLimitPolicy(SIGNUP_IP, 20, Duration.ofMinutes(10)),
        new RateLimitPolicy(SIGNUP_ADDRESS, 3, Duration.ofHours(1)));
  }
}
