package ai.trae.content.item;

import ai.trae.platform.jobs.Jobs;
import ai.trae.platform.web.ProblemKinds;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the item feature declares to the platform: its problem kinds, and the job that gives rows
 * written before excerpts were stored theirs (V2026_12_02_1055), in batches, each its own
 * transaction; once none is left a run costs one look at an empty partial index.
 */
@Configuration(proxyBeanMethods = false)
class ItemRegistrations {

  static final int EXCERPT_BATCH = 500;

  @Bean
  RecurringTask<Void> fillExcerpts(ContentItems items) {
    return Jobs.every(
        "content.excerpts-fill",
        Duration.ofMinutes(5),
        () -> {
          while (items.fillExcerpts(EXCERPT_BATCH) == EXCERPT_BATCH) {
            // the next batch
          }
        });
  }

  @Bean
  ProblemKinds itemProblemKinds() {
    return ProblemKinds.of(ItemProblem.class);
  }
}
