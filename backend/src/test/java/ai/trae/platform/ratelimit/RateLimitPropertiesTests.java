package ai.trae.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/**
 * Binding as the application does it, from environment variables as operators set them, for the
 * platform's own budget and for one a module contributes.
 */
class RateLimitPropertiesTests {

  /** What a module would declare with {@code @Bean RateLimitPolicies}. */
  static final RateLimitPolicies EXPORTS =
      RateLimitPolicies.of(new RateLimitPolicy("export-ip", 5, Duration.ofMinutes(1)));

  static final List<RateLimitPolicies> CONTRIBUTED =
      List.of(RateLimitPolicies.of(RateLimitPolicy.API_DEFAULT), EXPORTS);

  @Test
  void defaultsAreTheDeclaredBudgets() {
    Map<String, RateLimitPolicy> policies = policies(Map.of());

    assertThat(policies.values())
        .extracting(RateLimitPolicy::name, RateLimitPolicy::capacity, RateLimitPolicy::refillPeriod)
        .containsExactly(
            tuple("api", 600L, Duration.ofMinutes(1)),
            tuple("export-ip", 5L, Duration.ofMinutes(1)));
    assertThat(properties(Map.of()).enabled()).isTrue();
    assertThat(properties(Map.of()).maxLocalBuckets()).isEqualTo(100_000);
  }

  @Test
  void environmentVariablesOverrideEachPolicy() {
    Map<String, Object> environment =
        Map.of(
            "TRAE_RATE_LIMIT_ENABLED", "false",
            "TRAE_RATE_LIMIT_POLICIES_API_CAPACITY", "1200");

    assertThat(properties(environment).enabled()).isFalse();
    assertThat(policies(environment).get("api"))
        .isEqualTo(new RateLimitPolicy("api", 1200, Duration.ofMinutes(1)));
  }

  @Test
  void aModuleContributedPolicyBindsFromItsEnvironmentVariables() {
    Map<String, RateLimitPolicy> policies =
        policies(
            Map.of(
                "TRAE_RATE_LIMIT_POLICIES_EXPORT_IP_CAPACITY", "50",
                "TRAE_RATE_LIMIT_POLICIES_EXPORT_IP_PERIOD", "5m"));

    assertThat(policies.get("export-ip"))
        .isEqualTo(new RateLimitPolicy("export-ip", 50, Duration.ofMinutes(5)));
    assertThat(policies.get("api").capacity()).isEqualTo(600);
  }

  @Test
  void propertiesInAnyRelaxedFormBindToo() {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .addFirst(
            new MapPropertySource(
                "test",
                Map.of(
                    "trae.rate-limit.policies.export-ip.capacity", "7",
                    "trae.rateLimit.policies.exportIp.period", "2h")));

    assertThat(RateLimitPolicyBinding.bind(environment, CONTRIBUTED).get("export-ip"))
        .isEqualTo(new RateLimitPolicy("export-ip", 7, Duration.ofHours(2)));
  }

  @Test
  void aNonPositiveBudgetIsRefusedAtStartUp() {
    assertThatThrownBy(() -> policies(Map.of("TRAE_RATE_LIMIT_POLICIES_API_PERIOD", "0s")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("trae.rate-limit.policies.api")
        .hasMessageContaining("TRAE_RATE_LIMIT_POLICIES_API_");
    assertThatThrownBy(() -> policies(Map.of("TRAE_RATE_LIMIT_POLICIES_EXPORT_IP_CAPACITY", "0")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("trae.rate-limit.policies.export-ip");
  }

  @Test
  void aSettingThatNamesNoPolicyIsRefusedAtStartUp() {
    assertThatThrownBy(() -> policies(Map.of("TRAE_RATE_LIMIT_POLICIES_EXPROT_IP_CAPACITY", "9")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TRAE_RATE_LIMIT_POLICIES_EXPROT_IP_CAPACITY")
        .hasMessageContaining("api, export-ip");
    assertThatThrownBy(() -> policies(Map.of("TRAE_RATE_LIMIT_POLICIES_API_CAPACTY", "9")))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("TRAE_RATE_LIMIT_POLICIES_API_CAPACTY");
  }

  @Test
  void twoModulesCannotDeclareOnePolicy() {
    assertThatThrownBy(
            () -> RateLimitPolicyBinding.bind(environment(Map.of()), List.of(EXPORTS, EXPORTS)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("export-ip");
  }

  private static Map<String, RateLimitPolicy> policies(Map<String, Object> variables) {
    return RateLimitPolicyBinding.bind(environment(variables), CONTRIBUTED);
  }

  private static RateLimitProperties properties(Map<String, Object> variables) {
    return Binder.get(environment(variables))
        .bindOrCreate("trae.rate-limit", RateLimitProperties.class);
  }

  private static StandardEnvironment environment(Map<String, Object> variables) {
    StandardEnvironment environment = new StandardEnvironment();
    environment
        .getPropertySources()
        .remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
    environment
        .getPropertySources()
        .addFirst(
            new SystemEnvironmentPropertySource(
                StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, variables));
    return environment;
  }
}
