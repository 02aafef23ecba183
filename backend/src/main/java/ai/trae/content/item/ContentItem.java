package ai.trae.content.item;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A content item as stored: its content, where it stands in the workflow and who wrote it.
 *
 * @param version the row version (the ETag), bumped by every write
 * @param currentVersion the number of its newest history version
 */
public record ContentItem(
    UUID id,
    ContentType type,
    ContentStatus status,
    ItemContent content,
    UUID authorId,
    Instant createdAt,
    Instant updatedAt,
    @Nullable Instant publishedAt,
    @Nullable Instant scheduledAt,
    @Nullable Instant trashedAt,
    long version,
    int currentVersion) {

  public boolean trashed() {
    return trashedAt != null;
  }

  /** The author or a co-author. */
  public boolean writtenBy(UUID userId) {
    return authorId.equals(userId) || content.coAuthorIds().contains(userId);
  }
}
