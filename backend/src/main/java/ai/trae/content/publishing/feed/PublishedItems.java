package ai.trae.content.publishing.feed;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentItems;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * What a pull channel (feed, delivery API) serves: the live items with status {@code published}
 * that target the channel's slug, newest published first. A page is one keyset query for ids and
 * versions over {@code content_items_published_idx} (V2026_12_03_1150; the channels filter applied
 * to its rows, or the planner's GIN {@code content_items_channels_idx} for a channel with few
 * items), then one query for the rows: never one per item.
 */
@Repository
public class PublishedItems {

  private final JdbcClient jdbc;
  private final ContentItems items;

  PublishedItems(JdbcClient jdbc, ContentItems items) {
    this.jdbc = jdbc;
    this.items = items;
  }

  /** An item on a page: enough to make an ETag before any body is read. */
  public record Entry(UUID id, long version, Instant publishedAt, Instant updatedAt) {}

  /**
   * Newest published first, after the cursor's {@code (publishedAt, id)} when given; {@code limit +
   * 1} rows are read by callers that page.
   */
  public List<Entry> entries(
      String channel, @Nullable Instant beforePublished, @Nullable UUID beforeId, int limit) {
    String after =
        beforePublished == null || beforeId == null ? "" : " and (published_at, id) < (?, ?)";
    var query =
        jdbc.sql(
                """
                select id, version, published_at, updated_at from content_items
                where status = 'published' and trashed_at is null and published_at is not null
                  and channels @> array[?]::text[]"""
                    + after
                    + " order by published_at desc, id desc limit ?")
            .param(channel);
    if (!after.isEmpty()) {
      query = query.param(Timestamp.from(beforePublished)).param(beforeId);
    }
    return query
        .param(limit)
        .query(
            (rs, n) ->
                new Entry(
                    rs.getObject("id", UUID.class),
                    rs.getLong("version"),
                    rs.getTimestamp("published_at").toInstant(),
                    rs.getTimestamp("updated_at").toInstant()))
        .list();
  }

  /** The items of these entries, in their order (one query). */
  public List<ContentItem> load(List<Entry> entries) {
    Map<UUID, ContentItem> byId =
        items.byIds(entries.stream().map(Entry::id).toList()).stream()
            .collect(Collectors.toMap(ContentItem::id, Function.identity()));
    return entries.stream().map(e -> byId.get(e.id())).filter(i -> i != null).toList();
  }

  /**
   * The published item of the channel with this current slug (slugs are unique per type, so the
   * newest published wins when two types share one); {@code content_items_published_slug_idx}.
   */
  public Optional<ContentItem> bySlug(String channel, String slug) {
    return jdbc.sql(
            """
            select id from content_items
            where slug = ? and status = 'published' and trashed_at is null
              and channels @> array[?]::text[]
            order by published_at desc nulls last, id desc limit 1
            """)
        .params(slug, channel)
        .query(UUID.class)
        .optional()
        .flatMap(items::byId)
        .filter(i -> i.status().value().equals("published") && !i.trashed());
  }
}
