package ai.trae.platform.events;

import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The outbox's retries and retention ({@code TRAE_EVENTS_*}).
 *
 * @param resubmitEvery how often one node looks for publications whose listener failed
 * @param resubmitAfter how old an incomplete publication must be before it is resubmitted, so a
 *     listener still at work is not started twice
 * @param maxAttempts a publication that failed this often is left for an operator (it stays in
 *     {@code event_publication})
 * @param completedRetention how long completed publications stay for inspection before the purge
 */
@Validated
@ConfigurationProperties("trae.events")
public record EventsProperties(
    @DefaultValue("30s") Duration resubmitEvery,
    @DefaultValue("1m") Duration resubmitAfter,
    @DefaultValue("20") @Min(1) int maxAttempts,
    @DefaultValue("7d") Duration completedRetention) {

  public EventsProperties {
    if (!resubmitEvery.isPositive() || resubmitAfter.isNegative()) {
      throw new IllegalArgumentException(
          "trae.events.resubmit-every must be positive and trae.events.resubmit-after not negative");
    }
  }
}
