package ai.trae.content.publishing.publication;

import ai.trae.content.ContentTransitioned;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.Editor;
import ai.trae.content.item.Items;
import ai.trae.content.item.VersionSource;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.platform.jobs.Jobs;
import ai.trae.platform.web.ProblemException;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Publishes a scheduled item at its time: one execution of {@link #TASK} per item (its id is the
 * execution's), so db-scheduler's row lock fires it on one node only, and a restart finds it in the
 * table. The execution is queued in the transition's own transaction: it exists exactly when the
 * item is scheduled, and a re-schedule replaces it in the same commit.
 */
@Component
class ScheduledPublishing {

  static final String TASK = "content.publish-scheduled";

  /** An execution this much before its item's time is a stale one (the time moved later). */
  private static final Duration EARLY = Duration.ofSeconds(1);

  private static final Logger log = LoggerFactory.getLogger(ScheduledPublishing.class);

  private final Jobs jobs;
  private final OneTimeTask<String> task;
  private final Items items;
  private final People people;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final Clock clock;

  ScheduledPublishing(
      Jobs jobs,
      @Qualifier("scheduledPublishTask") OneTimeTask<String> task,
      Items items,
      People people,
      AuditLog audit,
      JdbcClient jdbc,
      Clock clock) {
    this.jobs = jobs;
    this.task = task;
    this.items = items;
    this.people = people;
    this.audit = audit;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** In the transition's transaction (not the outbox): the job commits with the schedule. */
  @EventListener
  void on(ContentTransitioned event) {
    String scheduled = ContentStatus.SCHEDULED.value();
    UUID id = event.id().value();
    if (scheduled.equals(event.from())) {
      jobs.cancel(task, id.toString());
    }
    if (scheduled.equals(event.to())) {
      scheduledAt(id)
          .ifPresent(
              at -> {
                jobs.cancel(task, id.toString());
                jobs.schedule(task, id.toString(), event.actor().value().toString(), at);
              });
    }
  }

  /**
   * The execution for item {@code itemId}, scheduled by {@code userId}: publishes it for that
   * person. A refusal (an approval withdrawn since) leaves the item scheduled and is audited.
   */
  void fire(String itemId, String userId) {
    UUID id = UUID.fromString(itemId);
    ContentItem item;
    try {
      item = items.get(id);
    } catch (ProblemException gone) {
      return;
    }
    if (item.status() != ContentStatus.SCHEDULED || item.scheduledAt() == null) {
      return;
    }
    if (item.scheduledAt().isAfter(clock.instant().plus(EARLY))) {
      jobs.schedule(task, itemId, userId, item.scheduledAt());
      return;
    }
    Editor editor = scheduler(UUID.fromString(userId));
    try {
      items.transition(id, "publish", null, null, null, editor, VersionSource.TRANSITION);
    } catch (ProblemException refused) {
      log.info("Scheduled publish of {} refused: {}", id, refused.getBody().getDetail());
      audit.record(
          AuditEvent.of("content.schedule-failed", AuditEvent.Actor.system())
              .target("content", id)
              .with("scheduledBy", userId)
              .with("reason", String.valueOf(refused.getBody().getDetail()))
              .with("errors", String.valueOf(refused.getBody().getProperties())));
    }
  }

  private Editor scheduler(UUID userId) {
    String name =
        people.find(UserId.of(userId)).map(Person::displayName).orElse("Unknown user")
            + " (scheduled)";
    return new Editor(
        userId, name, Set.of(Permissions.CONTENT_READ, Permissions.CONTENT_PUBLISH), false);
  }

  /** Read in the transition's transaction, which has just written it. */
  private Optional<Instant> scheduledAt(UUID id) {
    return jdbc.sql("select scheduled_at from content_items where id = ?")
        .param(id)
        .query((rs, n) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
        .optional()
        .flatMap(at -> at);
  }
}
