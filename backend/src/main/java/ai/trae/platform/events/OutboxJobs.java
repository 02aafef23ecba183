package ai.trae.platform.events;

import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;

/**
 * Retries listeners that failed: db-scheduler runs the resubmission on one node at a time, so two
 * nodes never hand the same publication to a listener at once. (A restart also republishes what is
 * outstanding: spring.modulith.events.republish-outstanding-events-on-restart.)
 */
@Configuration(proxyBeanMethods = false)
class OutboxJobs {

  @Bean
  RecurringTask<Void> resubmitIncompletePublications(
      IncompleteEventPublications incomplete, EventsProperties properties) {
    return Jobs.every(
        "platform.outbox-resubmit",
        properties.resubmitEvery(),
        () ->
            incomplete.resubmitIncompletePublications(
                ResubmissionOptions.defaults()
                    .withMinAge(properties.resubmitAfter())
                    .withFilter(p -> p.getCompletionAttempts() < properties.maxAttempts())));
  }

  @Bean
  RecurringTask<Void> purgeCompletedPublications(
      CompletedEventPublications completed, EventsProperties properties) {
    return Jobs.every(
        "platform.outbox-purge",
        Duration.ofHours(1),
        () -> completed.deletePublicationsOlderThan(properties.completedRetention()));
  }
}
