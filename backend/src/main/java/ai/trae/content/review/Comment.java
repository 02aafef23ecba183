package ai.trae.content.review;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A review comment: a team member's ({@code authorId}) or an external reviewer's ({@code
 * externalName}, written through {@code shareLinkId}).
 *
 * @param quote the passage the comment is about
 * @param verdict {@code approved} or {@code changes-requested}, for an external reviewer's verdict
 */
public record Comment(
    UUID id,
    UUID itemId,
    @Nullable UUID authorId,
    @Nullable String externalName,
    @Nullable UUID shareLinkId,
    String body,
    @Nullable String quote,
    @Nullable String verdict,
    @Nullable Instant resolvedAt,
    @Nullable UUID resolvedBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public boolean resolved() {
    return resolvedAt != null;
  }
}
