package ai.trae.content.listing.web;

import ai.trae.content.item.Action;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemAccess;
import ai.trae.content.listing.ListedItem;
import ai.trae.identity.Person;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A list row: the item without body, variants, sections and SEO, plus the body's first 160
 * characters as text; what the caller may do with it follows the same rules as the item's page.
 */
record ItemSummary(
    UUID id,
    ContentType type,
    ContentStatus status,
    String title,
    String slug,
    @Nullable String summary,
    String snippet,
    List<String> tags,
    @Nullable UUID coverMediaId,
    List<String> channels,
    @Nullable String subject,
    PersonSummary author,
    List<PersonSummary> coAuthors,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant publishedAt,
    @Nullable Instant scheduledAt,
    @Nullable Instant trashedAt,
    long version,
    int currentVersion,
    List<Action> allowedActions,
    Rights permissions) {

  /** What the caller may do beyond the workflow actions. */
  record Rights(boolean edit, boolean delete) {}

  static ItemSummary of(ListedItem listed, Map<UUID, Person> people, Editor editor) {
    ContentItem item = listed.item();
    return new ItemSummary(
        item.id(),
        item.type(),
        item.status(),
        item.content().title(),
        item.content().slug(),
        item.content().summary(),
        listed.snippet(),
        item.content().tags(),
        item.content().coverMediaId(),
        item.content().channels(),
        item.content().subject(),
        PersonSummary.of(item.authorId(), people),
        item.content().coAuthorIds().stream().map(id -> PersonSummary.of(id, people)).toList(),
        item.createdAt(),
        item.updatedAt(),
        item.publishedAt(),
        item.scheduledAt(),
        item.trashedAt(),
        item.version(),
        item.currentVersion(),
        ItemAccess.allowedActions(editor, item),
        new Rights(ItemAccess.mayEdit(editor, item), ItemAccess.mayDelete(editor)));
  }
}
