package ai.trae.content.item;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * An item to create. The slug in {@code content} may be blank: one is made from the title.
 *
 * @param source the path it comes through (UI, API, import, …); its first version has this source
 * @param note the first version's change note
 * @param createdAt when it was written, for imports that keep their dates; null for now
 * @param publishedAt when it was published, for imports; null unless published
 */
public record NewItem(
    ContentType type,
    ContentStatus status,
    ItemContent content,
    VersionSource source,
    @Nullable String note,
    @Nullable Instant createdAt,
    @Nullable Instant publishedAt) {}
