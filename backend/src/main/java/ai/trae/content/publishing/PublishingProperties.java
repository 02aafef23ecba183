package ai.trae.content.publishing;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Publishing settings ({@code TRAE_PUBLISHING_*}), validated at start-up.
 *
 * @param connectTimeout how long a connector waits to reach a destination; a failure to connect is
 *     always safe to retry
 * @param requestTimeout how long it waits for an answer once the request is sent; past it the
 *     outcome is unknown
 */
@Validated
@ConfigurationProperties("trae.publishing")
public record PublishingProperties(
    @DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration requestTimeout) {

  public PublishingProperties {
    if (!connectTimeout.isPositive() || !requestTimeout.isPositive()) {
      throw new IllegalArgumentException("trae.publishing timeouts must be positive");
    }
  }
}
