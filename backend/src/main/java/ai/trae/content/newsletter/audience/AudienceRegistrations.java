package ai.trae.content.newsletter.audience;

import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.time.Duration;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The audience's jobs: confirmation mails, and clearing dead confirmation links. */
@Configuration(proxyBeanMethods = false)
class AudienceRegistrations {

  @Bean
  OneTimeTask<String> newsletterConfirmationTask(ConfirmationMail mail) {
    return Tasks.oneTime(ConfirmationMail.TASK, String.class)
        .execute((instance, context) -> mail.send(UUID.fromString(instance.getData())));
  }

  @Bean
  RecurringTask<Void> newsletterConfirmationsPurge(Confirmations confirmations) {
    return Jobs.every(
        "content.newsletter-confirmations-purge", Duration.ofHours(6), confirmations::purgeDead);
  }
}
