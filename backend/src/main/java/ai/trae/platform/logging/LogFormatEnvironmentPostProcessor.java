package ai.trae.platform.logging;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * Maps {@code TRAE_LOG_FORMAT=text|json} onto Spring Boot's structured console logging before the
 * logging system starts, so operators need not know Boot's property names.
 */
class LogFormatEnvironmentPostProcessor implements EnvironmentPostProcessor, Ordered {

  static final String PROPERTY = "trae.log.format";

  @Override
  public void postProcessEnvironment(
      ConfigurableEnvironment environment, SpringApplication application) {
    String format = environment.getProperty(PROPERTY, "text").trim().toLowerCase(Locale.ROOT);
    switch (format) {
      case "json" ->
          environment
              .getPropertySources()
              .addFirst(
                  new MapPropertySource(
                      "traeLogFormat", Map.of("logging.structured.format.console", "ecs")));
      case "text", "" -> {
        // Spring Boot's readable console pattern
      }
      default ->
          throw new IllegalArgumentException(
              "TRAE_LOG_FORMAT must be 'text' or 'json' but was '" + format + "'");
    }
  }

  @Override
  public int getOrder() {
    return Ordered.LOWEST_PRECEDENCE;
  }
}
