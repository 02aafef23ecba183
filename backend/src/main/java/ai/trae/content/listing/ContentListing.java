package ai.trae.content.listing;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.Excerpts;
import ai.trae.content.item.ItemColumns;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Seo;
import ai.trae.content.listing.ListSort.Order;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The content list: one query per page, keyset-paged on (sort key, id) so that page 400 costs what
 * page 1 does. Which index serves which shape is written in V2026_12_02_1040 and held by
 * ContentListIndexTests: (updated_at, id), (created_at, id), (title, id) and (published_at, id),
 * each partial on the live items; (status|type|author_id, updated_at, id) for one value of a
 * dimension; GIN on tags and channels; the trash has its own.
 */
@Component
public class ContentListing {

  /**
   * The excerpt stored with the row, or for a row last written before excerpts were stored (null)
   * the start of its body to make one from.
   */
  private static final String COLUMNS =
      "id, type, status, title, slug, summary, coalesce(excerpt, left(body, "
          + Excerpts.SOURCE
          + ")) as excerpt, excerpt is null as excerpt_missing, tags, cover_media_id, channels,"
          + " subject, author_id, co_author_ids,"
          + " created_at, updated_at, published_at, scheduled_at, trashed_at, version,"
          + " current_version";

  /** The cursor's sort key once a published-order list has reached the never-published items. */
  private static final String UNPUBLISHED = "-";

  private final JdbcClient jdbc;

  ContentListing(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Page<ListedItem> page(ListFilter filter, ListSort sort, Order order, PageRequest page) {
    Sql sql = query(filter, sort, order, page);
    List<ListedItem> rows = jdbc.sql(sql.text()).params(sql.params()).query(this::map).list();
    return page.page(rows, last -> cursor(sort, last));
  }

  /** The page's statement; ContentListIndexTests explains it. */
  static Sql query(ListFilter filter, ListSort sort, Order order, PageRequest page) {
    return sort == ListSort.PUBLISHED
        ? byPublished(filter, order, page)
        : bySortKey(filter, sort, order, page);
  }

  private static Sql bySortKey(ListFilter filter, ListSort sort, Order order, PageRequest page) {
    String column = sort.column();
    String direction = order == Order.DESC ? "desc" : "asc";
    Sql sql = new Sql().append("select " + COLUMNS + " from content_items where ");
    sql.append(FilterSql.where(filter));
    Cursors.Key after = page.after();
    if (after != null) {
      after.expect(2);
      Object key = sort == ListSort.TITLE ? after.string(0) : Timestamp.from(after.instant(0));
      sql.append(
          " and (" + column + ", id) " + (order == Order.DESC ? "<" : ">") + " (?, ?)",
          key,
          after.uuid(1));
    }
    return sql.append(
        " order by " + column + " " + direction + ", id " + direction + " limit ?",
        page.fetchSize());
  }

  /**
   * Published items by date, then the never-published ones by id, in either direction: two
   * branches, each a range scan of its own index (the published part of (published_at, id), the
   * primary key), each stopped at the page size, so the never-published tail needs no null handling
   * inside one index. A cursor in the tail skips the first branch.
   */
  private static Sql byPublished(ListFilter filter, Order order, PageRequest page) {
    String direction = order == Order.DESC ? "desc" : "asc";
    String beyond = order == Order.DESC ? "<" : ">";
    Cursors.Key after = page.after();
    boolean inTail = after != null && after.expect(2).string(0).equals(UNPUBLISHED);
    Sql tail =
        new Sql()
            .append("select " + COLUMNS + " from content_items where ")
            .append(FilterSql.where(filter))
            .append(" and published_at is null");
    if (inTail) {
      tail.append(" and id " + beyond + " ?", after.uuid(1));
    }
    tail.append(" order by id " + direction + " limit ?", page.fetchSize());
    if (inTail) {
      return tail;
    }
    Sql published =
        new Sql()
            .append("select " + COLUMNS + " from content_items where ")
            .append(FilterSql.where(filter))
            .append(" and published_at is not null");
    if (after != null) {
      published.append(
          " and (published_at, id) " + beyond + " (?, ?)",
          Timestamp.from(after.instant(0)),
          after.uuid(1));
    }
    published.append(
        " order by published_at " + direction + ", id " + direction + " limit ?", page.fetchSize());
    return new Sql()
        .append("select * from ((")
        .append(published)
        .append(") union all (")
        .append(tail)
        .append(
            ")) page order by published_at "
                + direction
                + " nulls last, id "
                + direction
                + " limit ?",
            page.fetchSize());
  }

  private static String cursor(ListSort sort, ListedItem listed) {
    ContentItem last = listed.item();
    return switch (sort) {
      case UPDATED -> Cursors.encode(last.updatedAt(), last.id());
      case CREATED -> Cursors.encode(last.createdAt(), last.id());
      case TITLE -> Cursors.encode(last.content().title(), last.id());
      case PUBLISHED ->
          Cursors.encode(last.publishedAt() == null ? UNPUBLISHED : last.publishedAt(), last.id());
    };
  }

  private ListedItem map(ResultSet rs, int row) throws SQLException {
    ItemContent content =
        new ItemContent(
            rs.getString("title"),
            rs.getString("slug"),
            rs.getString("summary"),
            "",
            ItemColumns.strings(rs.getArray("tags")),
            rs.getObject("cover_media_id", UUID.class),
            Seo.NONE,
            ItemColumns.strings(rs.getArray("channels")),
            List.of(),
            rs.getString("subject"),
            List.of(),
            ItemColumns.uuids(rs.getArray("co_author_ids")));
    ContentItem item =
        new ContentItem(
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
    String excerpt = rs.getString("excerpt");
    return new ListedItem(item, rs.getBoolean("excerpt_missing") ? Excerpts.of(excerpt) : excerpt);
  }
}
