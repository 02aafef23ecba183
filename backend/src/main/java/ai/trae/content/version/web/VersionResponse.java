package ai.trae.content.version.web;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.VersionSource;
import ai.trae.content.version.Version;
import ai.trae.identity.People;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collection;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A history entry as the editor's history drawer shows it; {@code content} only when one version is
 * read.
 *
 * @param author null for a system save or an account that no longer exists
 */
record VersionResponse(
    int number,
    @Nullable Author author,
    Instant createdAt,
    VersionSource source,
    @Nullable String note,
    ContentStatus status,
    boolean pinned,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable ItemContent content) {

  record Author(UUID id, String displayName, String initials) {

    static Author from(Person person) {
      return new Author(person.id().value(), person.displayName(), person.initials());
    }
  }

  static VersionResponse from(
      Version v, Map<UserId, Person> people, @Nullable ItemContent content) {
    Person person = v.authorId() == null ? null : people.get(UserId.of(v.authorId()));
    return new VersionResponse(
        v.number(),
        person == null ? null : Author.from(person),
        v.createdAt(),
        v.source(),
        v.note(),
        v.status(),
        v.pinned(),
        content);
  }

  /** The authors of a page of versions, in one query. */
  static Map<UserId, Person> authors(People people, Collection<Version> versions) {
    return people.findAll(
        versions.stream().map(Version::authorId).filter(Objects::nonNull).map(UserId::of).toList());
  }
}
