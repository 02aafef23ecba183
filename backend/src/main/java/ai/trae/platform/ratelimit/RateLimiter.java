package ai.trae.platform.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Takes requests from named budgets ({@link RateLimitPolicy}, declared by the module that owns each
 * through {@link RateLimitPolicies}), e.g. identity before a sign-in attempt:
 *
 * <pre>{@code
 * rateLimiter.check(IdentityRateLimits.LOGIN_IP, request.getRemoteAddr());
 * rateLimiter.check(IdentityRateLimits.LOGIN_ACCOUNT, email.toLowerCase(Locale.ROOT));
 * }</pre>
 *
 * Keys are whatever identifies the client for that budget; they are kept only as long as the budget
 * needs them and stored hashed in Redis.
 */
public final class RateLimiter {

  private final Map<String, RateLimitPolicy> policies;
  private final BucketStore store;
  private final boolean enabled;

  RateLimiter(Map<String, RateLimitPolicy> policies, BucketStore store, boolean enabled) {
    this.policies = Map.copyOf(policies);
    this.store = store;
    this.enabled = enabled;
  }

  /** Takes one request from {@code key}'s budget under {@code policy} and says how it went. */
  public ConsumptionResult tryConsume(String policy, String key) {
    RateLimitPolicy budget = policy(policy);
    if (!enabled) {
      return ConsumptionResult.unlimited(budget.capacity());
    }
    ConsumptionProbe probe = store.tryConsume(budget, key);
    return new ConsumptionResult(
        probe.isConsumed(),
        probe.getRemainingTokens(),
        budget.capacity(),
        ceilSeconds(probe.getNanosToWaitForReset()),
        probe.isConsumed() ? 0 : Math.max(1, ceilSeconds(probe.getNanosToWaitForRefill())));
  }

  /**
   * Like {@link #tryConsume} but throws when the budget is used up, for controllers: the problem
   * handler turns the exception into a 429 with {@code Retry-After}.
   *
   * @throws RateLimitExceededException when the request is not allowed
   */
  public ConsumptionResult check(String policy, String key) {
    ConsumptionResult result = tryConsume(policy, key);
    if (!result.allowed()) {
      throw new RateLimitExceededException(result);
    }
    return result;
  }

  /**
   * @throws IllegalArgumentException for a name no policy has: a programming error, not a client's
   */
  public RateLimitPolicy policy(String name) {
    RateLimitPolicy policy = policies.get(name);
    if (policy == null) {
      throw new IllegalArgumentException("No rate-limit policy named " + name);
    }
    return policy;
  }

  public boolean enabled() {
    return enabled;
  }

  private static long ceilSeconds(long nanos) {
    return (nanos + TimeUnit.SECONDS.toNanos(1) - 1) / TimeUnit.SECONDS.toNanos(1);
  }
}
