package ai.trae.platform.jobs;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How this node runs jobs ({@code TRAE_JOBS_*}). application.yaml hands the same values to
 * db-scheduler's own {@code db-scheduler.*} settings; this record validates them at start-up.
 *
 * @param enabled false = this node executes no jobs (another node on the database does); it can
 *     still schedule them
 * @param pollingInterval how often the node looks for due executions: the most a job runs late
 * @param threads executions this node runs at once
 */
@Validated
@ConfigurationProperties("trae.jobs")
public record JobsProperties(
    @DefaultValue("true") boolean enabled,
    @DefaultValue("10s") Duration pollingInterval,
    @DefaultValue("4") @Min(1) @Max(64) int threads) {

  public JobsProperties {
    if (pollingInterval.isNegative() || pollingInterval.isZero()) {
      throw new IllegalArgumentException("trae.jobs.polling-interval must be positive");
    }
  }
}
