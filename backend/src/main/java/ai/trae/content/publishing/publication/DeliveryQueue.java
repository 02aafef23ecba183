package ai.trae.content.publishing.publication;

import ai.trae.platform.jobs.Jobs;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.time.Instant;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Queues attempts as executions of the delivery job, one per attempt ({@code
 * <publication>/<delivery>/<attempt>}): an attempt queued twice runs once, and queueing in the
 * caller's transaction means a rolled-back change queues nothing.
 */
@Component
class DeliveryQueue {

  static final String TASK = "content.publication-delivery";

  private final Jobs jobs;
  private final OneTimeTask<String> task;

  DeliveryQueue(Jobs jobs, @Qualifier("publicationDeliveryTask") OneTimeTask<String> task) {
    this.jobs = jobs;
    this.task = task;
  }

  record Step(UUID publicationId, int delivery, int attempt) {
    String id() {
      return publicationId + "/" + delivery + "/" + attempt;
    }

    static Step parse(String id) {
      String[] parts = id.split("/");
      return new Step(
          UUID.fromString(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]));
    }
  }

  void queue(UUID publicationId, int delivery, int attempt, Instant at) {
    Step step = new Step(publicationId, delivery, attempt);
    jobs.schedule(task, step.id(), step.id(), at);
  }
}
