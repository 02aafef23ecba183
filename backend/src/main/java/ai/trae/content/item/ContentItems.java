package ai.trae.content.item;

import ai.trae.content.item.ItemContent.Section;
import ai.trae.content.item.ItemContent.Seo;
import ai.trae.content.item.ItemContent.Variant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content_items and content_slugs tables and their only writer. Every feature that changes an
 * item (editing, workflow, bulk actions, restore, import) goes through the item service, which
 * writes here; a write names the version it read and loses (returns false) if the row moved on.
 */
@Repository
public class ContentItems {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<List<Variant>> VARIANTS = new TypeReference<>() {};
  private static final TypeReference<List<Section>> SECTIONS = new TypeReference<>() {};

  /**
   * Every column {@link #map} reads, and no other: {@code search_vector} (as large as the body, and
   * sent as text) is the search feature's and never leaves the database through here.
   */
  private static final String COLUMNS =
      "id, type, status, title, slug, summary, body, tags, cover_media_id, seo, channels, variants,"
          + " subject, sections, author_id, co_author_ids, created_at, updated_at, published_at,"
          + " scheduled_at, trashed_at, version, current_version";

  private static final String ITEM_COLUMNS = COLUMNS.replaceAll("(^|, )", "$1i.");

  private final JdbcClient jdbc;
  private final ItemCache cache;

  ContentItems(JdbcClient jdbc, ItemCache cache) {
    this.jdbc = jdbc;
    this.cache = cache;
  }

  /** From this node's {@link ItemCache} when the caller is not in a read-write transaction. */
  public Optional<ContentItem> byId(UUID id) {
    return Optional.ofNullable(cache.get(id, this::load));
  }

  private @Nullable ContentItem load(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from content_items where id = ?")
        .param(id)
        .query(ContentItems::map)
        .optional()
        .orElse(null);
  }

  /** One query for any number of ids; unknown ids are absent. */
  public List<ContentItem> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select " + COLUMNS + " from content_items where id = any(?)")
        .param(ids.stream().distinct().toArray(UUID[]::new))
        .query(ContentItems::map)
        .list();
  }

  /** The item whose current or former slug this is (content_slugs' primary key). */
  public Optional<ContentItem> bySlug(ContentType type, String slug) {
    return jdbc.sql(
            "select "
                + ITEM_COLUMNS
                + " from content_slugs s join content_items i on i.id = s.item_id"
                + " where s.type = ? and s.slug = ?")
        .params(type.value(), slug)
        .query(ContentItems::map)
        .optional();
  }

  /** Whether another item of this type has (or had) the slug. */
  public boolean slugTaken(ContentType type, String slug, @Nullable UUID except) {
    return jdbc.sql(
            """
            select exists(select 1 from content_slugs
                          where type = ? and slug = ? and item_id is distinct from ?)
            """)
        .params(type.value(), slug, except)
        .query(Boolean.class)
        .single();
  }

  public void insert(ContentItem item) {
    ItemContent c = item.content();
    jdbc.sql(
            """
            insert into content_items (id, type, status, title, slug, summary, body, excerpt, tags,
                cover_media_id, seo, channels, variants, subject, sections, author_id,
                co_author_ids, created_at, updated_at, published_at, scheduled_at, trashed_at,
                version, current_version)
            values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), ?,
                cast(? as jsonb), ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            item.id(),
            item.type().value(),
            item.status().value(),
            c.title(),
            c.slug(),
            c.summary(),
            c.body(),
            Excerpts.of(c.body()),
            c.tags().toArray(String[]::new),
            c.coverMediaId(),
            JSON.writeValueAsString(c.seo()),
            c.channels().toArray(String[]::new),
            JSON.writeValueAsString(c.variants()),
            c.subject(),
            JSON.writeValueAsString(c.sections()),
            item.authorId(),
            c.coAuthorIds().toArray(UUID[]::new),
            Timestamp.from(item.createdAt()),
            Timestamp.from(item.updatedAt()),
            ts(item.publishedAt()),
            ts(item.scheduledAt()),
            ts(item.trashedAt()),
            item.version(),
            item.currentVersion())
        .update();
    rememberSlug(item);
  }

  /**
   * Writes {@code item} (whose {@code version} is already the next one) only if the stored row is
   * still at {@code expectedVersion}; a slug other than {@code previousSlug} is remembered as one
   * the item has had.
   *
   * @return false when someone else wrote the row since it was read
   */
  public boolean update(ContentItem item, long expectedVersion, String previousSlug) {
    ItemContent c = item.content();
    cache.evictOnWrite(item.id());
    int rows =
        jdbc.sql(
                """
                update content_items set status = ?, title = ?, slug = ?, summary = ?, body = ?,
                    excerpt = ?, tags = ?, cover_media_id = ?, seo = cast(? as jsonb), channels = ?,
                    variants = cast(? as jsonb), subject = ?, sections = cast(? as jsonb),
                    author_id = ?, co_author_ids = ?, updated_at = ?, published_at = ?,
                    scheduled_at = ?, trashed_at = ?, version = ?, current_version = ?
                where id = ? and version = ?
                """)
            .params(
                item.status().value(),
                c.title(),
                c.slug(),
                c.summary(),
                c.body(),
                Excerpts.of(c.body()),
                c.tags().toArray(String[]::new),
                c.coverMediaId(),
                JSON.writeValueAsString(c.seo()),
                c.channels().toArray(String[]::new),
                JSON.writeValueAsString(c.variants()),
                c.subject(),
                JSON.writeValueAsString(c.sections()),
                item.authorId(),
                c.coAuthorIds().toArray(UUID[]::new),
                Timestamp.from(item.updatedAt()),
                ts(item.publishedAt()),
                ts(item.scheduledAt()),
                ts(item.trashedAt()),
                item.version(),
                item.currentVersion(),
                item.id(),
                expectedVersion)
            .update();
    if (rows == 1 && !c.slug().equals(previousSlug)) {
      rememberSlug(item);
    }
    return rows == 1;
  }

  /**
   * Writes the excerpt of up to {@code batch} rows that have none (rows last written before
   * excerpts were stored), in one transaction; rows a save holds are left for the next call.
   *
   * @return how many were filled
   */
  @Transactional
  public int fillExcerpts(int batch) {
    List<Object[]> rows =
        jdbc.sql(
                "select id, left(body, ?) as start from content_items where excerpt is null"
                    + " limit ? for update skip locked")
            .params(Excerpts.SOURCE, batch)
            .query((rs, n) -> new Object[] {rs.getObject("id", UUID.class), rs.getString("start")})
            .list();
    if (rows.isEmpty()) {
      return 0;
    }
    UUID[] ids = rows.stream().map(r -> (UUID) r[0]).toArray(UUID[]::new);
    String[] excerpts = rows.stream().map(r -> Excerpts.of((String) r[1])).toArray(String[]::new);
    for (UUID id : ids) {
      cache.evictOnWrite(id);
    }
    jdbc.sql(
            "update content_items i set excerpt = v.excerpt"
                + " from unnest(?::uuid[], ?::text[]) as v(id, excerpt) where i.id = v.id")
        .params(ids, excerpts)
        .update();
    return rows.size();
  }

  /** Gone for good, with its slugs, versions and working copies (cascading keys). */
  public boolean delete(UUID id) {
    cache.evictOnWrite(id);
    return jdbc.sql("delete from content_items where id = ?").param(id).update() == 1;
  }

  private void rememberSlug(ContentItem item) {
    jdbc.sql(
            """
            insert into content_slugs (type, slug, item_id, created_at) values (?, ?, ?, ?)
            on conflict (type, slug) do nothing
            """)
        .params(
            item.type().value(), item.content().slug(), item.id(), Timestamp.from(item.updatedAt()))
        .update();
  }

  private static @Nullable Timestamp ts(@Nullable Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  static ContentItem map(ResultSet rs, int row) throws SQLException {
    ItemContent content =
        new ItemContent(
            rs.getString("title"),
            rs.getString("slug"),
            rs.getString("summary"),
            rs.getString("body"),
            ItemColumns.strings(rs.getArray("tags")),
            rs.getObject("cover_media_id", UUID.class),
            JSON.readValue(rs.getString("seo"), Seo.class),
            ItemColumns.strings(rs.getArray("channels")),
            JSON.readValue(rs.getString("variants"), VARIANTS),
            rs.getString("subject"),
            JSON.readValue(rs.getString("sections"), SECTIONS),
            ItemColumns.uuids(rs.getArray("co_author_ids")));
    return new ContentItem(
        rs.getObject("id", UUID.class),
        ContentType.of(rs.getString("type")),
        ContentStatus.of(rs.getString("status")),
        content,
        rs.getObject("author_id", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        ItemColumns.instant(rs, "published_at"),
        ItemColumns.instant(rs, "scheduled_at"),
        ItemColumns.instant(rs, "trashed_at"),
        rs.getLong("version"),
        rs.getInt("current_version"));
  }
}
