package ai.trae.identity.auth;

import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Clock;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Expired MFA challenges and device cookies of sign-ins are dropped. */
@Configuration(proxyBeanMethods = false)
class SignInJobs {

  @Bean
  RecurringTask<Void> purgeExpiredSignInState(
      MfaChallenges challenges, LoginDevices devices, Clock clock) {
    return Jobs.every(
        "identity.expired-sign-in-state",
        Duration.ofHours(1),
        () -> {
          challenges.purgeExpired(clock.instant());
          devices.purgeExpired(clock.instant());
        });
  }
}
