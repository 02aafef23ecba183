package ai.trae.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.kagkarlsson.scheduler.ScheduledExecution;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceCurrentlyExecutingException;
import com.github.kagkarlsson.scheduler.exceptions.TaskInstanceNotFoundException;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

/**
 * A queued execution the scheduler picks up, or finishes, between cancel's look and its cancel is
 * not cancelled, and the caller (deleting a media file, say) is not failed for it.
 */
class JobsCancelTests {

  private final OneTimeTask<Void> task = Tasks.oneTime("test.cancel").execute((i, c) -> {});
  private final Scheduler scheduler = mock(Scheduler.class);

  @SuppressWarnings("unchecked")
  private Jobs jobs() {
    ObjectProvider<Scheduler> provider = mock(ObjectProvider.class);
    when(provider.getIfAvailable()).thenReturn(scheduler);
    ScheduledExecution<Object> queued = mock(ScheduledExecution.class);
    when(queued.isPicked()).thenReturn(false);
    when(scheduler.getScheduledExecution(any(TaskInstanceId.class)))
        .thenReturn(Optional.of(queued));
    return new Jobs(provider, mock(DataSource.class), List.of(task));
  }

  @Test
  void pickedUpMeanwhileIsNotCancelled() {
    Jobs jobs = jobs();
    doThrow(new TaskInstanceCurrentlyExecutingException("test.cancel", "a"))
        .when(scheduler)
        .cancel(any(TaskInstanceId.class));

    assertThat(jobs.cancel(task, "a")).isFalse();
  }

  @Test
  void finishedMeanwhileIsNotCancelled() {
    Jobs jobs = jobs();
    doThrow(new TaskInstanceNotFoundException("test.cancel", "a"))
        .when(scheduler)
        .cancel(any(TaskInstanceId.class));

    assertThat(jobs.cancel(task, "a")).isFalse();
  }

  @Test
  void aQueuedOneIsCancelled() {
    assertThat(jobs().cancel(task, "a")).isTrue();
  }
}
