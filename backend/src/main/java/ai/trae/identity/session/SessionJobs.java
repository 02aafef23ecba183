package ai.trae.identity.session;

import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Ended sessions are kept a while, so the user's data export and an investigation of a reused token
 * still see recent sign-ins, then dropped.
 */
@Configuration(proxyBeanMethods = false)
class SessionJobs {

  static final Duration KEPT_AFTER_END = Duration.ofDays(30);
  private static final Logger log = LoggerFactory.getLogger(SessionJobs.class);

  @Bean
  RecurringTask<Void> purgeEndedSessions(Sessions sessions, Clock clock) {
    return Jobs.every(
        "identity.ended-sessions",
        Duration.ofHours(1),
        () -> {
          int purged = sessions.purgeEndedBefore(clock.instant().minus(KEPT_AFTER_END));
          log.debug("Purged {} ended sessions", purged);
        });
  }
}
