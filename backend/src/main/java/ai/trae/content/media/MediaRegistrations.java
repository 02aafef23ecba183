package ai.trae.content.media;

import ai.trae.platform.web.ProblemKinds;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the media feature declares to the platform: its problem kinds and its variants job. */
@Configuration(proxyBeanMethods = false)
class MediaRegistrations {

  @Bean
  OneTimeTask<String> mediaVariantsTask(MediaVariants variants) {
    return Tasks.oneTime(MediaVariants.TASK, String.class)
        .execute(
            (instance, context) -> {
              try {
                variants.make(UUID.fromString(instance.getData()));
              } catch (IOException ex) {
                throw new UncheckedIOException(ex);
              }
            });
  }

  @Bean
  ProblemKinds mediaProblemKinds() {
    return ProblemKinds.of(MediaProblem.class);
  }
}
