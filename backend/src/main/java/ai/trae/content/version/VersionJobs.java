package ai.trae.content.version;

import ai.trae.content.ContentProperties;
import ai.trae.platform.jobs.Jobs;
import ai.trae.platform.web.ProblemKinds;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What the version feature declares to the platform: its problem kinds and the retention job.
 * Retention runs in batches, each its own statement and transaction, so pruning a large backlog
 * never holds long locks on the history that saves append to.
 */
@Configuration(proxyBeanMethods = false)
class VersionJobs {

  static final int BATCH = 1_000;
  private static final Logger log = LoggerFactory.getLogger(VersionJobs.class);

  @Bean
  ProblemKinds versionProblemKinds() {
    return ProblemKinds.of(VersionProblem.class);
  }

  @Bean
  RecurringTask<Void> pruneVersions(Versions versions, ContentProperties properties) {
    return Jobs.every(
        "content.versions-prune", Duration.ofHours(1), () -> prune(versions, properties));
  }

  /**
   * @return how many versions were pruned
   */
  static int prune(Versions versions, ContentProperties properties) {
    int keep = properties.versions().keep();
    int total = 0;
    int pruned;
    do {
      pruned = versions.prune(keep, BATCH);
      total += pruned;
    } while (pruned == BATCH);
    log.debug("Pruned {} content versions", total);
    return total;
  }
}
