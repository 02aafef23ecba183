package ai.trae.platform.ratelimit;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.EnumerablePropertySource;
import org.springframework.core.env.PropertySource;

/**
 * Every module's policies ({@link RateLimitPolicies} beans) with the operator's overrides from
 * {@code trae.rate-limit.policies.<name>.capacity|period} applied. Policies are bound by name
 * rather than as a map because environment variables cannot spell a map key with a dash: {@code
 * TRAE_RATE_LIMIT_POLICIES_LOGIN_IP_CAPACITY} binds only once {@code login-ip} is known. A setting
 * under {@code policies} that names no policy stops the start, since a typo would otherwise leave
 * the default budget in force without a word.
 */
final class RateLimitPolicyBinding {

  static final String PREFIX = "trae.rate-limit.policies";

  /** {@code PREFIX} as an environment variable spells it, which every other form reduces to. */
  private static final String ENV_PREFIX = "TRAE_RATE_LIMIT_POLICIES_";

  private RateLimitPolicyBinding() {}

  static Map<String, RateLimitPolicy> bind(
      ConfigurableEnvironment environment, List<RateLimitPolicies> contributions) {
    Map<String, RateLimitPolicy> defaults = new LinkedHashMap<>();
    for (RateLimitPolicies contribution : contributions) {
      for (RateLimitPolicy policy : contribution.defaults()) {
        if (defaults.putIfAbsent(policy.name(), policy) != null) {
          throw new IllegalStateException(
              "Two modules declare a rate-limit policy named " + policy.name());
        }
      }
    }
    refuseUnknown(environment, defaults.keySet());
    Binder binder = Binder.get(environment);
    Map<String, RateLimitPolicy> bound = new LinkedHashMap<>();
    defaults.forEach((name, policy) -> bound.put(name, override(binder, policy)));
    return bound;
  }

  private static RateLimitPolicy override(Binder binder, RateLimitPolicy policy) {
    String prefix = PREFIX + "." + policy.name();
    long capacity = binder.bind(prefix + ".capacity", Long.class).orElse(policy.capacity());
    Duration period = binder.bind(prefix + ".period", Duration.class).orElse(policy.refillPeriod());
    try {
      return new RateLimitPolicy(policy.name(), capacity, period);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "%s (%s*): %s".formatted(prefix, envName(prefix) + "_", e.getMessage()), e);
    }
  }

  private static void refuseUnknown(ConfigurableEnvironment environment, Iterable<String> known) {
    TreeSet<String> settings = new TreeSet<>();
    for (String name : known) {
      settings.add(envName(PREFIX + "." + name + ".capacity"));
      settings.add(envName(PREFIX + "." + name + ".period"));
    }
    TreeSet<String> unknown = new TreeSet<>();
    for (PropertySource<?> source : environment.getPropertySources()) {
      if (source instanceof EnumerablePropertySource<?> enumerable) {
        for (String property : enumerable.getPropertyNames()) {
          String env = envName(property);
          if (env.startsWith(ENV_PREFIX) && !settings.contains(env)) {
            unknown.add(property);
          }
        }
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalStateException(
          "Unknown rate-limit settings %s: each policy takes capacity and period, and the policies are %s"
              .formatted(unknown, String.join(", ", known)));
    }
  }

  /** The environment-variable form of a property name, whichever relaxed form it was given in. */
  static String envName(String property) {
    return property
        .replaceAll("([a-z0-9])([A-Z])", "$1_$2")
        .replaceAll("[.\\-\\[\\]]+", "_")
        .toUpperCase(Locale.ROOT);
  }
}
