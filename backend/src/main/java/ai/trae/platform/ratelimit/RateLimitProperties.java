package ai.trae.platform.ratelimit;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Positive;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rate-limit settings ({@code TRAE_RATE_LIMIT_*}). Each policy is a field rather than a map entry
 * so that {@code TRAE_RATE_LIMIT_POLICIES_LOGIN_IP_CAPACITY} binds: environment variables cannot
 * spell map keys that contain a dash.
 *
 * @param enabled whether budgets are enforced at all ({@code TRAE_RATE_LIMIT_ENABLED})
 * @param maxLocalBuckets how many client buckets one node keeps in memory when there is no Redis
 *     ({@code TRAE_RATE_LIMIT_MAX_LOCAL_BUCKETS})
 * @param policies the budgets, each a capacity per period
 */
@ConfigurationProperties("trae.rate-limit")
@Validated
public record RateLimitProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("100000") @Positive int maxLocalBuckets,
    @DefaultValue @Valid Policies policies) {

  /**
   * A budget: {@code capacity} requests per {@code period} (default one minute).
   *
   * @param capacity requests allowed in a burst and per period
   * @param period how long the full budget takes to come back
   */
  public record Limit(@Positive long capacity, @DefaultValue("1m") Duration period) {

    public Limit {
      if (period.isNegative() || period.isZero()) {
        throw new IllegalArgumentException("period must be positive, was " + period);
      }
    }
  }

  /** One field per policy; unset ones take the documented defaults. */
  public record Policies(
      @Nullable @Valid Limit loginIp,
      @Nullable @Valid Limit loginAccount,
      @Nullable @Valid Limit mfaIp,
      @Nullable @Valid Limit mfaAccount,
      @Nullable @Valid Limit setupIp,
      @Nullable @Valid Limit passwordResetIp,
      @Nullable @Valid Limit api,
      @Nullable @Valid Limit loginDevice,
      @Nullable @Valid Limit passwordCheck) {

    private static final Duration MINUTE = Duration.ofMinutes(1);

    public Policies {
      loginIp = orDefault(loginIp, 20);
      loginAccount = orDefault(loginAccount, 10);
      mfaIp = orDefault(mfaIp, 20);
      mfaAccount = orDefault(mfaAccount, 10);
      setupIp = orDefault(setupIp, 5);
      passwordResetIp = orDefault(passwordResetIp, 5);
      api = orDefault(api, 600);
      loginDevice = orDefault(loginDevice, 10);
      passwordCheck = orDefault(passwordCheck, 5, Duration.ofMinutes(5));
    }

    private static Limit orDefault(@Nullable Limit limit, long capacity) {
      return orDefault(limit, capacity, MINUTE);
    }

    private static Limit orDefault(@Nullable Limit limit, long capacity, Duration period) {
      return limit == null ? new Limit(capacity, period) : limit;
    }
  }

  /** The policies by the names callers use ({@link RateLimitPolicy#LOGIN_IP}, …). */
  public Map<String, RateLimitPolicy> asPolicies() {
    Map<String, RateLimitPolicy> named = new LinkedHashMap<>();
    put(named, RateLimitPolicy.LOGIN_IP, policies.loginIp());
    put(named, RateLimitPolicy.LOGIN_ACCOUNT, policies.loginAccount());
    put(named, RateLimitPolicy.MFA_IP, policies.mfaIp());
    put(named, RateLimitPolicy.MFA_ACCOUNT, policies.mfaAccount());
    put(named, RateLimitPolicy.SETUP_IP, policies.setupIp());
    put(named, RateLimitPolicy.PASSWORD_RESET_IP, policies.passwordResetIp());
    put(named, RateLimitPolicy.API, policies.api());
    put(named, RateLimitPolicy.LOGIN_DEVICE, policies.loginDevice());
    put(named, RateLimitPolicy.PASSWORD_CHECK, policies.passwordCheck());
    return named;
  }

  private static void put(Map<String, RateLimitPolicy> named, String name, @Nullable Limit limit) {
    // never null after Policies' constructor; the check keeps the nullness checker honest
    if (limit != null) {
      named.put(name, new RateLimitPolicy(name, limit.capacity(), limit.period()));
    }
  }
}
