package ai.trae.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.core.env.MutablePropertySources;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

/** Binding as the application does it, from environment variables as operators set them. */
class RateLimitPropertiesTests {

  @Test
  void defaultsAreTheDocumentedBudgets() {
    Map<String, RateLimitPolicy> policies = bind(Map.of()).asPolicies();

    assertThat(policies.values())
        .extracting(RateLimitPolicy::name, RateLimitPolicy::capacity, RateLimitPolicy::refillPeriod)
        .containsExactly(
            tuple("login-ip", 20L, Duration.ofMinutes(1)),
            tuple("login-account", 10L, Duration.ofMinutes(1)),
            tuple("mfa-ip", 20L, Duration.ofMinutes(1)),
            tuple("mfa-account", 10L, Duration.ofMinutes(1)),
            tuple("setup-ip", 5L, Duration.ofMinutes(1)),
            tuple("password-reset-ip", 5L, Duration.ofMinutes(1)),
            tuple("api", 600L, Duration.ofMinutes(1)),
            tuple("login-device", 10L, Duration.ofMinutes(1)),
            tuple("password-check", 5L, Duration.ofMinutes(5)));
    assertThat(bind(Map.of()).enabled()).isTrue();
  }

  @Test
  void environmentVariablesOverrideEachPolicy() {
    RateLimitProperties properties =
        bind(
            Map.of(
                "TRAE_RATE_LIMIT_ENABLED", "false",
                "TRAE_RATE_LIMIT_POLICIES_LOGIN_IP_CAPACITY", "50",
                "TRAE_RATE_LIMIT_POLICIES_LOGIN_IP_PERIOD", "5m",
                "TRAE_RATE_LIMIT_POLICIES_API_CAPACITY", "1200"));

    assertThat(properties.enabled()).isFalse();
    assertThat(properties.asPolicies().get("login-ip"))
        .isEqualTo(new RateLimitPolicy("login-ip", 50, Duration.ofMinutes(5)));
    assertThat(properties.asPolicies().get("api"))
        .isEqualTo(new RateLimitPolicy("api", 1200, Duration.ofMinutes(1)));
    assertThat(properties.asPolicies().get("login-account").capacity()).isEqualTo(10);
  }

  @Test
  void theNewSignInBudgetsBindFromTheirEnvironmentVariables() {
    RateLimitProperties properties =
        bind(
            Map.of(
                "TRAE_RATE_LIMIT_POLICIES_LOGIN_DEVICE_CAPACITY", "30",
                "TRAE_RATE_LIMIT_POLICIES_PASSWORD_CHECK_CAPACITY", "3",
                "TRAE_RATE_LIMIT_POLICIES_PASSWORD_CHECK_PERIOD", "15m"));

    assertThat(properties.asPolicies().get("login-device"))
        .isEqualTo(new RateLimitPolicy("login-device", 30, Duration.ofMinutes(1)));
    assertThat(properties.asPolicies().get("password-check"))
        .isEqualTo(new RateLimitPolicy("password-check", 3, Duration.ofMinutes(15)));
  }

  @Test
  void aNonPositivePeriodIsRefusedAtStartUp() {
    assertThatThrownBy(() -> bind(Map.of("TRAE_RATE_LIMIT_POLICIES_API_PERIOD", "0s")))
        .isInstanceOf(BindException.class)
        .hasMessageContaining("trae.rate-limit.policies.api");
  }

  private static RateLimitProperties bind(Map<String, Object> environment) {
    MutablePropertySources sources = new MutablePropertySources();
    sources.addFirst(
        new SystemEnvironmentPropertySource(
            StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME, environment));
    return new Binder(ConfigurationPropertySources.from(sources))
        .bindOrCreate("trae.rate-limit", RateLimitProperties.class);
  }
}
