package ai.trae.identity;

import ai.trae.platform.ratelimit.RateLimitPolicies;
import ai.trae.platform.ratelimit.RateLimitPolicy;
import java.time.Duration;

/**
 * Identity's budgets against guessing and flooding, by the names its code takes from. Each one's
 * default is here; operators override it as {@code TRAE_RATE_LIMIT_POLICIES_<NAME>_CAPACITY} and
 * {@code _PERIOD}.
 */
public final class IdentityRateLimits {

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

  private static final Duration MINUTE = Duration.ofMinutes(1);

  private IdentityRateLimits() {}

  /** The defaults, in the order the start-up log and the docs list them. */
  static RateLimitPolicies defaults() {
    return RateLimitPolicies.of(
        new RateLimitPolicy(LOGIN_IP, 20, MINUTE),
        new RateLimitPolicy(LOGIN_ACCOUNT, 10, MINUTE),
        new RateLimitPolicy(MFA_IP, 20, MINUTE),
        new RateLimitPolicy(MFA_ACCOUNT, 10, MINUTE),
        new RateLimitPolicy(SETUP_IP, 5, MINUTE),
        new RateLimitPolicy(PASSWORD_RESET_IP, 5, MINUTE),
        new RateLimitPolicy(LOGIN_DEVICE, 10, MINUTE),
        new RateLimitPolicy(PASSWORD_CHECK, 5, Duration.ofMinutes(5)));
  }
}
