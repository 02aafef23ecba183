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
 * @param retryBase the wait before the second attempt; each later one waits twice as long (with
 *     full jitter) up to {@code retryMax}
 * @param retryMax the longest wait between two attempts (a longer {@code Retry-After} still wins)
 * @param maxAttempts attempts of one delivery before it is failed
 * @param claimTimeout how long an attempt may stay "sending" before it counts as cut off (its node
 *     stopped) and is treated as an unknown outcome
 * @param healthInterval how often every channel's credentials are checked
 * @param expiryWarning how far ahead of a credential's expiry admins are warned
 */
@Validated
@ConfigurationProperties("trae.publishing")
public record PublishingProperties(
    @DefaultValue("5s") Duration connectTimeout,
    @DefaultValue("20s") Duration requestTimeout,
    @DefaultValue("10s") Duration retryBase,
    @DefaultValue("30m") Duration retryMax,
    @DefaultValue("8") int maxAttempts,
    @DefaultValue("5m") Duration claimTimeout,
    @DefaultValue("6h") Duration healthInterval,
    @DefaultValue("7d") Duration expiryWarning) {

  public PublishingProperties {
    if (!connectTimeout.isPositive() || !requestTimeout.isPositive()) {
      throw new IllegalArgumentException("trae.publishing timeouts must be positive");
    }
    if (retryBase.isNegative() || retryMax.compareTo(retryBase) < 0) {
      throw new IllegalArgumentException(
          "trae.publishing.retry-base must be at least 0 and retry-max at least retry-base");
    }
    if (maxAttempts < 1 || maxAttempts > 100) {
      throw new IllegalArgumentException("trae.publishing.max-attempts must be 1 to 100");
    }
    if (!claimTimeout.isPositive() || !healthInterval.isPositive() || expiryWarning.isNegative()) {
      throw new IllegalArgumentException(
          "trae.publishing claim-timeout and health-interval must be positive");
    }
  }
}
