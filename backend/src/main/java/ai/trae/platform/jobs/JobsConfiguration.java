package ai.trae.platform.jobs;

import com.github.kagkarlsson.scheduler.boot.autoconfigure.Jackson3Serializer;
import com.github.kagkarlsson.scheduler.boot.config.DbSchedulerCustomizer;
import com.github.kagkarlsson.scheduler.serializer.Serializer;
import java.util.Optional;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Task data is stored as JSON (Jackson 3), not Java serialization: readable in the table, and a
 * renamed class or a crafted row cannot turn into a deserialization gadget.
 */
@Configuration(proxyBeanMethods = false)
class JobsConfiguration {

  static Serializer serializer() {
    return new Jackson3Serializer();
  }

  @Bean
  DbSchedulerCustomizer jsonTaskData() {
    return new DbSchedulerCustomizer() {
      @Override
      public Optional<Serializer> serializer() {
        return Optional.of(JobsConfiguration.serializer());
      }
    };
  }
}
