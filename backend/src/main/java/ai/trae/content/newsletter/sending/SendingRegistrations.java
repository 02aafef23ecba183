package ai.trae.content.newsletter.sending;

import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.FailureHandler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.UUID;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The sending jobs: one execution per edition, repeated 15 s after a run that did not finish, and a
 * sweep that queues a run for every edition still sending (after a crash db-scheduler revives the
 * dead execution itself; the sweep also finishes editions whose last rows a dead run left claimed).
 */
@Configuration(proxyBeanMethods = false)
class SendingRegistrations {

  @Bean
  OneTimeTask<String> newsletterSendTask(ObjectProvider<EditionSender> sender) {
    return Tasks.oneTime(EditionSender.TASK, String.class)
        .onFailure(new FailureHandler.OnFailureRetryLater<>(Duration.ofSeconds(15)))
        .execute(
            (instance, context) ->
                sender
                    .getObject()
                    .run(
                        UUID.fromString(instance.getData()),
                        () -> context.getSchedulerState().isShuttingDown()));
  }

  @Bean
  RecurringTask<Void> newsletterSendSweep(ObjectProvider<Editions> editions) {
    return Jobs.every(
        "content.newsletter-send-sweep",
        Duration.ofMinutes(1),
        () -> editions.getObject().queueUnfinished());
  }
}
