/**
 * Jobs on db-scheduler: one-time and recurring tasks in the {@code scheduled_tasks} table, each due
 * execution claimed by exactly one node (an optimistic version update on its row), so several nodes
 * on one database neither skip nor double a run. A module contributes its tasks as beans ({@link
 * com.github.kagkarlsson.scheduler.task.helper.RecurringTask} or {@link
 * com.github.kagkarlsson.scheduler.task.helper.OneTimeTask}, e.g. made with {@link
 * ai.trae.platform.jobs.Jobs#every}) and schedules one-time executions through {@link
 * ai.trae.platform.jobs.Jobs}.
 */
@NamedInterface("jobs")
@NullMarked
package ai.trae.platform.jobs;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
