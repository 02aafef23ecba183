package ai.trae.content.version;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.VersionSource;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One entry of an item's history, without its snapshot.
 *
 * @param authorId who saved; null for the system
 * @param status the item's status when this version was made
 * @param pinned kept by retention whatever its age
 */
public record Version(
    UUID itemId,
    int number,
    @Nullable UUID authorId,
    Instant createdAt,
    VersionSource source,
    @Nullable String note,
    ContentStatus status,
    boolean pinned) {}
