package ai.trae.identity.reset;

import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Invitation, password-reset and e-mail-change links that can no longer be used are dropped. */
@Configuration(proxyBeanMethods = false)
class LinkJobs {

  @Bean
  RecurringTask<Void> purgeDeadLinks(OneTimeTokens tokens, Clock clock) {
    return Jobs.every(
        "identity.dead-links", Duration.ofHours(1), () -> tokens.purgeDead(clock.instant()));
  }
}
