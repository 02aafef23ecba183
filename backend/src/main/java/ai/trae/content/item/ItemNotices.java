package ai.trae.content.item;

import ai.trae.content.ContentCreated;
import ai.trae.content.ContentDeleted;
import ai.trae.content.ContentId;
import ai.trae.content.ContentTransitioned;
import ai.trae.content.ContentUpdated;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.identity.UserId;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * Tells the rest of TRAE about a write, inside its transaction: the audit log gets an entry and the
 * outbox the public content event, so neither happens for a write that rolls back.
 */
@Component
class ItemNotices {

  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  ItemNotices(AuditLog audit, ApplicationEventPublisher events) {
    this.audit = audit;
    this.events = events;
  }

  void created(ContentItem item, Editor editor) {
    record("content.created", item, editor, Map.of("status", item.status().value()));
    events.publishEvent(
        new ContentCreated(
            id(item),
            actor(editor),
            item.type().value(),
            item.status().value(),
            item.currentVersion(),
            item.updatedAt()));
  }

  /**
   * @param change {@code edited}, {@code restored}, {@code tagged}, … (the audit action is {@code
   *     content.<change>}, except an edit's, {@code content.updated})
   */
  void updated(ContentItem item, Editor editor, String change, Map<String, Object> summary) {
    String action = "content." + (change.equals("edited") ? "updated" : change);
    record(action, item, editor, summary);
    events.publishEvent(
        new ContentUpdated(
            id(item),
            actor(editor),
            item.type().value(),
            item.status().value(),
            change,
            item.currentVersion(),
            item.updatedAt()));
  }

  void transitioned(
      ContentItem before,
      ContentItem after,
      Action action,
      @Nullable String comment,
      Editor editor) {
    AuditEvent event =
        AuditEvent.of("content.transitioned", editor.actor())
            .target("content", after.id())
            .with("title", after.content().title())
            .with("action", action.value())
            .with("from", before.status().value())
            .with("to", after.status().value());
    audit.record(comment == null ? event : event.with("comment", comment));
    events.publishEvent(
        new ContentTransitioned(
            id(after),
            actor(editor),
            after.type().value(),
            action.value(),
            before.status().value(),
            after.status().value(),
            after.currentVersion(),
            after.updatedAt()));
  }

  void deleted(ContentItem item, Editor editor, java.time.Instant at) {
    record("content.deleted", item, editor, Map.of("status", item.status().value()));
    events.publishEvent(
        new ContentDeleted(
            id(item), actor(editor), item.type().value(), item.status().value(), at));
  }

  private void record(String action, ContentItem item, Editor editor, Map<String, Object> summary) {
    AuditEvent event =
        AuditEvent.of(action, editor.actor())
            .target("content", item.id())
            .with("type", item.type().value())
            .with("title", item.content().title());
    for (var entry : summary.entrySet()) {
      event = event.with(entry.getKey(), entry.getValue());
    }
    audit.record(event);
  }

  private static ContentId id(ContentItem item) {
    return ContentId.of(item.id());
  }

  private static UserId actor(Editor editor) {
    return UserId.of(editor.userId());
  }
}
