package ai.trae.content.newsletter;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Newsletter settings ({@code TRAE_NEWSLETTER_*}), validated at start-up.
 *
 * @param sendRate messages per second an edition goes out at, at most: the SMTP provider's limit
 * @param batchSize recipients one claim takes (and one transaction marks)
 * @param maxAttempts tries per recipient on temporary SMTP failures before it counts as failed
 * @param confirmationTtl how long a double opt-in link stays valid
 * @param importMaxRows data rows one CSV import reads at most
 */
@Validated
@ConfigurationProperties("trae.newsletter")
public record NewsletterProperties(
    @DefaultValue("10") @Min(1) @Max(10_000) int sendRate,
    @DefaultValue("50") @Min(1) @Max(1_000) int batchSize,
    @DefaultValue("5") @Min(1) @Max(100) int maxAttempts,
    @DefaultValue("48h") Duration confirmationTtl,
    @DefaultValue("100000") @Min(1) int importMaxRows) {

  public NewsletterProperties {
    if (confirmationTtl.isNegative() || confirmationTtl.isZero()) {
      throw new IllegalArgumentException("trae.newsletter.confirmation-ttl must be positive");
    }
  }
}
