package ai.trae.content.item;

import ai.trae.platform.web.VersionConflictException;
import ai.trae.platform.web.Versioned;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;

/**
 * Writes an item through {@link ContentItems} and, where its content or status changed, raises
 * {@link ItemSaved} in the same transaction so the history gets its version (a failed version write
 * rolls the save back). A write that lost the race to another is refused with the stored item.
 */
@Component
class ItemWrites {

  private final ContentItems items;
  private final ApplicationEventPublisher events;
  private final ObjectProvider<ItemView> view;

  ItemWrites(ContentItems items, ApplicationEventPublisher events, ObjectProvider<ItemView> view) {
    this.items = items;
    this.events = events;
    this.view = view;
  }

  ContentItem insert(ContentItem item, VersionSource source, @Nullable String note) {
    try {
      items.insert(item);
    } catch (DuplicateKeyException raced) {
      // another item took the slug between our check and our insert
      throw Slugs.taken(item.content().slug());
    }
    events.publishEvent(new ItemSaved(item, source, item.authorId(), note));
    return item;
  }

  /**
   * Stores the next state of {@code before}: the row version goes up by one and, when {@code mint}
   * is given, so does the history version, which is recorded with that source.
   */
  ContentItem save(
      ContentItem before,
      Next next,
      @Nullable VersionSource mint,
      @Nullable String note,
      Editor editor) {
    ContentItem after =
        new ContentItem(
            before.id(),
            before.type(),
            next.status,
            next.content,
            next.authorId,
            before.createdAt(),
            next.at,
            next.publishedAt,
            next.scheduledAt,
            next.trashedAt,
            before.version() + 1,
            mint == null ? before.currentVersion() : before.currentVersion() + 1);
    boolean written;
    try {
      written = items.update(after, before.version(), before.content().slug());
    } catch (DuplicateKeyException raced) {
      throw Slugs.taken(after.content().slug());
    }
    if (!written) {
      throw conflict(
          items.byId(before.id()).orElseThrow(() -> Items.notFound(before.id())), editor);
    }
    if (mint != null) {
      events.publishEvent(new ItemSaved(after, mint, editor.userId(), note));
    }
    return after;
  }

  VersionConflictException conflict(ContentItem current, Editor editor) {
    ItemView shown = view.getIfAvailable();
    Object body = shown == null ? current : shown.show(current, editor);
    return new VersionConflictException(Versioned.of(body, current.version()));
  }

  /** The parts of an item a write may change; the rest (id, type, creation) never does. */
  static final class Next {
    ContentStatus status;
    ItemContent content;
    UUID authorId;
    Instant at;
    @Nullable Instant publishedAt;
    @Nullable Instant scheduledAt;
    @Nullable Instant trashedAt;

    Next(ContentItem item, Instant at) {
      this.status = item.status();
      this.content = item.content();
      this.authorId = item.authorId();
      this.at = at;
      this.publishedAt = item.publishedAt();
      this.scheduledAt = item.scheduledAt();
      this.trashedAt = item.trashedAt();
    }
  }
}
