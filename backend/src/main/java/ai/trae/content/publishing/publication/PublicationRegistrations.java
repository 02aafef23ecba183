package ai.trae.content.publishing.publication;

import ai.trae.content.publishing.PublishingProperties;
import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Publishing's jobs: one execution per delivery attempt, per scheduled item, and the sweep. */
@Configuration(proxyBeanMethods = false)
class PublicationRegistrations {

  @Bean
  OneTimeTask<String> publicationDeliveryTask(ObjectProvider<DeliveryEngine> engine) {
    return Tasks.oneTime(DeliveryQueue.TASK, String.class)
        .execute(
            (instance, context) ->
                engine.getObject().run(DeliveryQueue.Step.parse(instance.getData())));
  }

  @Bean
  OneTimeTask<String> scheduledPublishTask(ObjectProvider<ScheduledPublishing> publishing) {
    return Tasks.oneTime(ScheduledPublishing.TASK, String.class)
        .execute(
            (instance, context) ->
                publishing.getObject().fire(instance.getId(), instance.getData()));
  }

  @Bean
  RecurringTask<Void> publicationSweepTask(
      ObjectProvider<DeliveryEngine> engine, PublishingProperties properties) {
    Duration every = properties.claimTimeout().dividedBy(5);
    return Jobs.every(
        "content.publication-sweep",
        every.compareTo(Duration.ofSeconds(1)) < 0 ? Duration.ofSeconds(1) : every,
        () -> engine.getObject().sweep());
  }

  @Bean
  Verdict publicationVerdict(PublishingProperties properties) {
    return new Verdict(new Backoff(properties), properties.maxAttempts());
  }
}
