package ai.trae.content.item;

import static ai.trae.identity.Permissions.CONTENT_PUBLISH;
import static ai.trae.identity.Permissions.CONTENT_WRITE_ANY;
import static ai.trae.identity.Permissions.CONTENT_WRITE_OWN;

import ai.trae.content.ContentProblem;
import ai.trae.content.item.ItemWrites.Next;
import ai.trae.identity.People;
import ai.trae.identity.UserId;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ValidationFailedException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one way content items change. Every write checks the editor's right to it on this item,
 * validates against the item's type, writes with the version the caller read (so two editors never
 * overwrite each other unknowingly), mints a history version where content or status changed,
 * audits and publishes the content event, all in one transaction. Workflow transitions live in
 * {@link Workflow}; this class delegates to it.
 */
@Service
public class Items {

  private final ContentItems items;
  private final Slugs slugs;
  private final ItemWrites writes;
  private final ItemNotices notices;
  private final Workflow workflow;
  private final People people;
  private final Clock clock;

  Items(
      ContentItems items,
      Slugs slugs,
      ItemWrites writes,
      ItemNotices notices,
      Workflow workflow,
      People people,
      Clock clock) {
    this.items = items;
    this.slugs = slugs;
    this.writes = writes;
    this.notices = notices;
    this.workflow = workflow;
    this.people = people;
    this.clock = clock;
  }

  /**
   * The item, trashed or not; 404 {@code content-not-found} when there is none. From the {@link
   * ItemCache} when it is there, else one statement: no transaction (a BEGIN and COMMIT more).
   */
  public ContentItem get(UUID id) {
    return items.byId(id).orElseThrow(() -> notFound(id));
  }

  /**
   * The item whose current or former slug of this type this is; the caller compares slugs to
   * redirect an old one. 404 {@code content-not-found} when no item ever had it.
   */
  @Transactional(readOnly = true)
  public ContentItem bySlug(ContentType type, String slug) {
    return items
        .bySlug(type, slug)
        .orElseThrow(
            () ->
                new ProblemException(
                    ContentProblem.CONTENT_NOT_FOUND,
                    "No %s has the slug \"%s\".".formatted(type.label().toLowerCase(), slug)));
  }

  @Transactional
  public ContentItem create(NewItem item, Editor editor) {
    if (!editor.can(CONTENT_WRITE_OWN) && !editor.can(CONTENT_WRITE_ANY)) {
      throw ItemAccess.forbidden("create content");
    }
    boolean early = item.status() == ContentStatus.IDEA || item.status() == ContentStatus.DRAFT;
    if (!early && !editor.can(CONTENT_PUBLISH)) {
      throw ItemAccess.forbidden("create content past the draft stage");
    }
    ItemRules.note(item.note());
    ItemContent content = ItemRules.checked(item.type(), item.content());
    knownCoAuthors(content.coAuthorIds(), List.of());
    UUID id = Ids.newId();
    content = content.withSlug(slugs.choose(item.type(), content.slug(), content.title(), id));
    Instant now = now();
    Instant created =
        item.createdAt() != null ? item.createdAt().truncatedTo(ChronoUnit.MICROS) : now;
    ContentItem stored =
        new ContentItem(
            id,
            item.type(),
            item.status(),
            content,
            editor.userId(),
            created,
            now,
            item.status() == ContentStatus.PUBLISHED || item.publishedAt() != null
                ? (item.publishedAt() != null
                    ? item.publishedAt().truncatedTo(ChronoUnit.MICROS)
                    : now)
                : null,
            null,
            null,
            1,
            1);
    writes.insert(stored, item.source(), item.note());
    notices.created(stored, editor);
    return stored;
  }

  /**
   * Replaces the item's content (a blank slug keeps the current one) and mints a version whose
   * source is the editor's credential.
   *
   * @throws ai.trae.platform.web.VersionConflictException 412 with the stored item when {@code
   *     ifMatch} names another version
   */
  @Transactional
  public ContentItem update(
      UUID id, ItemContent content, IfMatch ifMatch, Editor editor, @Nullable String note) {
    ContentItem current = editable(id, ifMatch, editor);
    ItemRules.note(note);
    return replace(current, content, editor, editor.source(), note, "edited", false);
  }

  /** Puts back version {@code restoredNumber}'s content as a new version (source restore). */
  @Transactional
  public ContentItem restore(
      UUID id, ItemContent content, IfMatch ifMatch, Editor editor, int restoredNumber) {
    ContentItem current = editable(id, ifMatch, editor);
    return replace(
        current,
        content,
        editor,
        VersionSource.RESTORE,
        "Restored version " + restoredNumber,
        "restored",
        true);
  }

  /**
   * Takes a workflow action ({@link Action}): 409 {@code illegal-transition} naming the allowed
   * ones when the status does not permit it, 403 when the editor may not take it.
   *
   * @param ifMatch checked when given
   */
  @Transactional
  public ContentItem transition(
      UUID id,
      String action,
      @Nullable String comment,
      @Nullable Instant at,
      @Nullable IfMatch ifMatch,
      Editor editor,
      VersionSource source) {
    return workflow.take(get(id), action, comment, at, ifMatch, editor, source);
  }

  /** Adds tags; a version is minted only when the tags change. */
  @Transactional
  public ContentItem tag(UUID id, Collection<String> tags, Editor editor, VersionSource source) {
    ContentItem current = get(id);
    Set<String> next = new LinkedHashSet<>(current.content().tags());
    tags.stream().map(String::strip).forEach(next::add);
    return retag(current, List.copyOf(next), editor, source, "tagged", tags);
  }

  /** Removes tags; a version is minted only when the tags change. */
  @Transactional
  public ContentItem untag(UUID id, Collection<String> tags, Editor editor, VersionSource source) {
    ContentItem current = get(id);
    Set<String> gone = new LinkedHashSet<>();
    tags.stream().map(String::strip).forEach(gone::add);
    List<String> next = current.content().tags().stream().filter(t -> !gone.contains(t)).toList();
    return retag(current, next, editor, source, "untagged", tags);
  }

  /** Makes someone else the author (content:write-any); the history records the new author. */
  @Transactional
  public ContentItem assign(UUID id, UUID authorId, Editor editor, VersionSource source) {
    ContentItem current = get(id);
    if (!editor.can(CONTENT_WRITE_ANY)) {
      throw ItemAccess.forbidden("change who wrote an item");
    }
    notTrashed(current);
    if (people.find(UserId.of(authorId)).isEmpty()) {
      throw new ValidationFailedException("authorId", "There is no user with this id.");
    }
    if (current.authorId().equals(authorId)) {
      return current;
    }
    Next next = new Next(current, now());
    next.authorId = authorId;
    ContentItem after = writes.save(current, next, source, "Assigned to another author", editor);
    notices.updated(
        after, editor, "assigned", Map.of("before", current.authorId(), "after", authorId));
    return after;
  }

  /** Hides the item from lists; nothing about its content changes, so no version is minted. */
  @Transactional
  public ContentItem trash(UUID id, Editor editor) {
    return moveTrash(get(id), editor, true);
  }

  @Transactional
  public ContentItem untrash(UUID id, Editor editor) {
    return moveTrash(get(id), editor, false);
  }

  /** Deletes a trashed item with its history, for good (content:delete; 409 unless trashed). */
  @Transactional
  public void delete(UUID id, Editor editor) {
    ContentItem current = get(id);
    if (!ItemAccess.mayDelete(editor)) {
      throw ItemAccess.forbidden("delete content permanently (it needs content:delete)");
    }
    if (!current.trashed()) {
      throw new ProblemException(
          ItemProblem.CONTENT_NOT_TRASHED, "Move the item to the trash before deleting it.");
    }
    items.delete(id);
    notices.deleted(current, editor, now());
  }

  private ContentItem editable(UUID id, IfMatch ifMatch, Editor editor) {
    ContentItem current = get(id);
    if (!ifMatch.matches(current.version())) {
      throw writes.conflict(current, editor);
    }
    notTrashed(current);
    if (!ItemAccess.mayEdit(editor, current)) {
      throw ItemAccess.forbidden("edit this item");
    }
    return current;
  }

  private ContentItem replace(
      ContentItem current,
      ItemContent wanted,
      Editor editor,
      VersionSource source,
      @Nullable String note,
      String change,
      boolean restoring) {
    ItemContent content = ItemRules.checked(current.type(), wanted);
    knownCoAuthors(content.coAuthorIds(), current.content().coAuthorIds());
    String slug = content.slug();
    if (slug.isBlank() || (restoring && items.slugTaken(current.type(), slug, current.id()))) {
      // a restored slug another item took since stays with that item
      slug = current.content().slug();
    } else if (!slug.equals(current.content().slug())) {
      slug = slugs.choose(current.type(), slug, content.title(), current.id());
    }
    Next next = new Next(current, now());
    next.content = content.withSlug(slug);
    ContentItem after = writes.save(current, next, source, note, editor);
    notices.updated(after, editor, change, Map.of("version", after.currentVersion()));
    return after;
  }

  private ContentItem retag(
      ContentItem current,
      List<String> tags,
      Editor editor,
      VersionSource source,
      String change,
      Collection<String> named) {
    notTrashed(current);
    if (!ItemAccess.mayEdit(editor, current)) {
      throw ItemAccess.forbidden("tag this item");
    }
    if (tags.equals(current.content().tags())) {
      return current;
    }
    Next next = new Next(current, now());
    next.content = ItemRules.checked(current.type(), current.content().withTags(tags));
    String note = (change.equals("tagged") ? "Tagged " : "Untagged ") + String.join(", ", named);
    ContentItem after = writes.save(current, next, source, note, editor);
    notices.updated(after, editor, change, Map.of("tags", List.copyOf(named)));
    return after;
  }

  private ContentItem moveTrash(ContentItem current, Editor editor, boolean toTrash) {
    if (!ItemAccess.mayTrash(editor, current)) {
      throw ItemAccess.forbidden(toTrash ? "move this item to the trash" : "restore this item");
    }
    if (current.trashed() == toTrash) {
      return current;
    }
    Instant now = now();
    Next next = new Next(current, now);
    next.trashedAt = toTrash ? now : null;
    ContentItem after = writes.save(current, next, null, null, editor);
    notices.updated(after, editor, toTrash ? "trashed" : "untrashed", Map.of());
    return after;
  }

  /** New co-authors must be accounts; ones already on the item stay even if since anonymised. */
  private void knownCoAuthors(List<UUID> wanted, List<UUID> already) {
    List<UserId> fresh = wanted.stream().filter(u -> !already.contains(u)).map(UserId::of).toList();
    if (fresh.isEmpty()) {
      return;
    }
    var known = people.findAll(fresh).keySet();
    List<FieldProblem> errors = new ArrayList<>();
    for (int i = 0; i < wanted.size(); i++) {
      UserId user = UserId.of(wanted.get(i));
      if (fresh.contains(user) && !known.contains(user)) {
        errors.add(new FieldProblem("coAuthorIds[" + i + "]", "There is no user with this id."));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationFailedException(errors);
    }
  }

  /** PostgreSQL keeps microseconds: what is answered must equal what a read gives back. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  static void notTrashed(ContentItem item) {
    if (item.trashed()) {
      throw new ProblemException(
          ItemProblem.CONTENT_TRASHED, "Take the item out of the trash before changing it.");
    }
  }

  static ProblemException notFound(UUID id) {
    return new ProblemException(
        ContentProblem.CONTENT_NOT_FOUND, "There is no content item " + id + ".");
  }
}
