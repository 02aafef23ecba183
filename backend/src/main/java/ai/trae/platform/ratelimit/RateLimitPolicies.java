package ai.trae.platform.ratelimit;

import java.util.List;

/**
 * The budgets a module owns, with their defaults, declared as a bean so that the platform binds and
 * enforces them without knowing the module:
 *
 * <pre>{@code
 * @Bean
 * RateLimitPolicies contentRateLimits() {
 *   return RateLimitPolicies.of(new RateLimitPolicy("export-ip", 5, Duration.ofMinutes(1)));
 * }
 * }</pre>
 *
 * Operators override each one as {@code trae.rate-limit.policies.<name>.capacity} and {@code
 * .period}, i.e. {@code TRAE_RATE_LIMIT_POLICIES_EXPORT_IP_CAPACITY} and {@code _PERIOD}.
 *
 * @param defaults each policy's name and default budget
 */
public record RateLimitPolicies(List<RateLimitPolicy> defaults) {

  public RateLimitPolicies {
    defaults = List.copyOf(defaults);
  }

  public static RateLimitPolicies of(RateLimitPolicy... defaults) {
    return new RateLimitPolicies(List.of(defaults));
  }
}
