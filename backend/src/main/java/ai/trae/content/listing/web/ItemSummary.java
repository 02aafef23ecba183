package ai.trae.content.listing.web;

import ai.trae.content.item.Action;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemAccess;
import ai.trae.content.item.web.ItemResponse.ItemPermissions;
import ai.trae.content.item.web.ItemResponse.PersonResponse;
import ai.trae.content.listing.ListedItem;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A list row: the item without body, variants, sections and SEO, plus the body's first 160
 * characters as text; what the caller may do with it follows the same rules as the item's page.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
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
    PersonResponse author,
    List<PersonResponse> coAuthors,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant publishedAt,
    @Nullable Instant scheduledAt,
    @Nullable Instant trashedAt,
    long version,
    int currentVersion,
    List<Action> allowedActions,
    ItemPermissions permissions) {

  /** The name an avatar shows; an id whose account is gone shows as someone unknown. */
  static PersonResponse person(UUID id, Map<UserId, Person> people) {
    Person person = people.get(UserId.of(id));
    return person == null
        ? new PersonResponse(id, "Unknown user", "?")
        : new PersonResponse(id, person.displayName(), person.initials());
  }

  static ItemSummary of(ListedItem listed, Map<UserId, Person> people, Editor editor) {
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
        person(item.authorId(), people),
        item.content().coAuthorIds().stream().map(id -> person(id, people)).toList(),
        item.createdAt(),
        item.updatedAt(),
        item.publishedAt(),
        item.scheduledAt(),
        item.trashedAt(),
        item.version(),
        item.currentVersion(),
        ItemAccess.allowedActions(editor, item),
        // the same rules as the item's own answer (ItemResponse)
        new ItemPermissions(
            !item.trashed() && ItemAccess.mayEdit(editor, item),
            ItemAccess.mayTrash(editor, item),
            ItemAccess.mayDelete(editor)));
  }
}
