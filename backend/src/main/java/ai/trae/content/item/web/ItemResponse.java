package ai.trae.content.item.web;

import ai.trae.content.item.Action;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemAccess;
import ai.trae.content.item.ItemContent;
import ai.trae.identity.People;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One item as the API shows it to one caller (docs/content-api.md, "Items"): its content, the names
 * of its author and co-authors, and what this caller may do with it now. Absent values are sent as
 * null, so clients see every field of the contract. Versions and lists build theirs with {@link
 * #from(ContentItem, Map, Editor)} from one {@link People#findAll} per page.
 *
 * @param version the row version, also the ETag
 * @param currentVersion the number of the newest history version
 * @param allowedActions the workflow actions this caller may take now
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ItemResponse(
    UUID id,
    String type,
    String status,
    String title,
    String slug,
    @Nullable String summary,
    String body,
    List<String> tags,
    @Nullable UUID coverMediaId,
    SeoFields seo,
    List<String> channels,
    List<VariantFields> variants,
    @Nullable String subject,
    List<SectionFields> sections,
    PersonResponse author,
    List<PersonResponse> coAuthors,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant publishedAt,
    @Nullable Instant scheduledAt,
    @Nullable Instant trashedAt,
    long version,
    int currentVersion,
    List<String> allowedActions,
    ItemPermissions permissions) {

  /**
   * @param displayName "Unknown user" for an account that no longer exists
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record PersonResponse(UUID id, String displayName, String initials) {

    static PersonResponse of(UUID id, Map<UserId, Person> people) {
      Person person = people.get(UserId.of(id));
      return person == null
          ? new PersonResponse(id, "Unknown user", "?")
          : new PersonResponse(id, person.displayName(), person.initials());
    }
  }

  /**
   * What the caller may do to the item besides workflow actions.
   *
   * @param edit change its content (PUT, restore, tags)
   * @param trash move it to the trash and back
   * @param delete delete it for good once it is in the trash (content:delete)
   */
  public record ItemPermissions(boolean edit, boolean trash, boolean delete) {}

  /** The ids whose names an item shows: its author and co-authors. */
  public static List<UserId> peopleOf(ContentItem item) {
    List<UserId> ids = new ArrayList<>(1 + item.content().coAuthorIds().size());
    ids.add(UserId.of(item.authorId()));
    item.content().coAuthorIds().forEach(id -> ids.add(UserId.of(id)));
    return ids;
  }

  /** The ids whose names a page of items shows, for one {@link People#findAll}. */
  public static List<UserId> peopleOf(Collection<ContentItem> items) {
    return items.stream().flatMap(i -> peopleOf(i).stream()).distinct().toList();
  }

  /** One item, with its people's names in one query. */
  public static ItemResponse from(ContentItem item, People people, Editor editor) {
    return from(item, people.findAll(peopleOf(item)), editor);
  }

  /** One item of a page whose people were fetched at once ({@link #peopleOf(Collection)}). */
  public static ItemResponse from(ContentItem item, Map<UserId, Person> people, Editor editor) {
    ItemContent c = item.content();
    return new ItemResponse(
        item.id(),
        item.type().value(),
        item.status().value(),
        c.title(),
        c.slug(),
        c.summary(),
        c.body(),
        c.tags(),
        c.coverMediaId(),
        SeoFields.of(c.seo()),
        c.channels(),
        c.variants().stream().map(VariantFields::of).toList(),
        c.subject(),
        c.sections().stream().map(SectionFields::of).toList(),
        PersonResponse.of(item.authorId(), people),
        c.coAuthorIds().stream().map(id -> PersonResponse.of(id, people)).toList(),
        item.createdAt(),
        item.updatedAt(),
        item.publishedAt(),
        item.scheduledAt(),
        item.trashedAt(),
        item.version(),
        item.currentVersion(),
        ItemAccess.allowedActions(editor, item).stream().map(Action::value).toList(),
        new ItemPermissions(
            !item.trashed() && ItemAccess.mayEdit(editor, item),
            ItemAccess.mayTrash(editor, item),
            ItemAccess.mayDelete(editor)));
  }
}
