package ai.trae.content.review.web;

import ai.trae.content.item.web.ItemResponse.PersonResponse;
import ai.trae.content.review.Comment;
import ai.trae.identity.People;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A comment as the API shows it: a team member's has {@code author}, an external reviewer's {@code
 * externalName}.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CommentResponse(
    UUID id,
    @Nullable PersonResponse author,
    @Nullable String externalName,
    String body,
    @Nullable String quote,
    boolean resolved,
    @Nullable Instant resolvedAt,
    @Nullable PersonResponse resolvedBy,
    Instant createdAt,
    Instant updatedAt,
    @Nullable String verdict) {

  /** A page of comments with their people's names from one query. */
  static List<CommentResponse> of(Collection<Comment> comments, People people) {
    List<UserId> ids =
        comments.stream()
            .flatMap(c -> Stream.of(c.authorId(), c.resolvedBy()))
            .filter(Objects::nonNull)
            .distinct()
            .map(UserId::of)
            .toList();
    Map<UserId, Person> names = ids.isEmpty() ? Map.of() : people.findAll(ids);
    return comments.stream().map(c -> of(c, names)).toList();
  }

  static CommentResponse of(Comment c, Map<UserId, Person> people) {
    return new CommentResponse(
        c.id(),
        person(c.authorId(), people),
        c.externalName(),
        c.body(),
        c.quote(),
        c.resolved(),
        c.resolvedAt(),
        person(c.resolvedBy(), people),
        c.createdAt(),
        c.updatedAt(),
        c.verdict());
  }

  /** What an external reviewer sees: names they gave, never the team's accounts. */
  static CommentResponse external(Comment c) {
    return new CommentResponse(
        c.id(),
        null,
        c.externalName(),
        c.body(),
        c.quote(),
        c.resolved(),
        c.resolvedAt(),
        null,
        c.createdAt(),
        c.updatedAt(),
        c.verdict());
  }

  private static @Nullable PersonResponse person(@Nullable UUID id, Map<UserId, Person> people) {
    if (id == null) {
      return null;
    }
    Person p = people.get(UserId.of(id));
    return p == null
        ? new PersonResponse(id, "Unknown user", "?")
        : new PersonResponse(id, p.displayName(), p.initials());
  }
}
