package ai.trae.platform.jobs;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.FixedDelay;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * What modules use to run work later or regularly. Recurring tasks are beans made with {@link
 * #every}; one-time tasks are beans made with {@link Tasks#oneTime(String, Class)}, and {@link
 * #schedule} queues an execution of one. Scheduling writes a row in the caller's transaction when
 * there is one, so a job queued by a write that rolls back never runs.
 */
@Service
public class Jobs {

  private static final Logger log = LoggerFactory.getLogger(Jobs.class);

  private final SchedulerClient client;

  Jobs(ObjectProvider<Scheduler> scheduler, DataSource dataSource, List<Task<?>> tasks) {
    Scheduler running = scheduler.getIfAvailable();
    // a node with trae.jobs.enabled=false still queues work for the nodes that run it
    this.client =
        running != null
            ? running
            : SchedulerClient.Builder.create(dataSource, tasks)
                .serializer(JobsConfiguration.serializer())
                .build();
  }

  /**
   * A task that runs {@code work} on one node, then again {@code interval} after it finished.
   *
   * @param name unique across modules, e.g. {@code identity.expired-sessions}
   */
  public static RecurringTask<Void> every(String name, Duration interval, Runnable work) {
    return Tasks.recurring(name, FixedDelay.of(interval))
        .execute(
            (instance, context) -> {
              long start = System.nanoTime();
              work.run();
              log.debug(
                  "Job {} took {} ms",
                  name,
                  Duration.ofNanos(System.nanoTime() - start).toMillis());
            });
  }

  /**
   * Queues one execution of {@code task} with {@code data}, unless one with this id is queued.
   *
   * @param id identifies the execution within the task, e.g. the id of what it works on
   * @return false when an execution with this id was already queued
   */
  public <T> boolean schedule(OneTimeTask<T> task, String id, T data, Instant at) {
    return client.scheduleIfNotExists(task.instance(id, data), at);
  }

  /**
   * Drops a queued execution, e.g. when what it would work on is gone.
   *
   * @return false when none was queued (or it is running now, or was picked up or finished while
   *     this looked: the work then finds what it works on gone)
   */
  public boolean cancel(OneTimeTask<?> task, String id) {
    var instance = task.instance(id);
    if (client.getScheduledExecution(instance).filter(e -> !e.isPicked()).isEmpty()) {
      return false;
    }
    try {
      client.cancel(instance);
      return true;
    } catch (TaskInstanceCurrentlyExecutingException | TaskInstanceNotFoundException raced) {
      return false;
    }
  }
}
