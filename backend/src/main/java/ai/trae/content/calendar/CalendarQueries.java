package ai.trae.content.calendar;

import ai.trae.content.calendar.CalendarEntry.Kind;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemColumns;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Seo;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The calendar's reads. Each is two branches, each a range scan of its own partial index, so a
 * six-week page reads only the rows it shows however many items there are: scheduled_at on
 * content_items_live_scheduled_idx (V2026_12_03_1250), published_at on
 * content_items_live_published_idx (V2026_12_02_1040). A channel filter is checked row by row on
 * the way (a page holds a few hundred rows at most). CalendarIndexTests holds them to these plans.
 */
@Component
class CalendarQueries {

  private static final String COLUMNS =
      "id, type, status, title, slug, channels, author_id, co_author_ids, created_at,"
          + " updated_at, published_at, scheduled_at, version, current_version";

  /** The channels of both branches' rows, in byte order as Java sorts them too. */
  static final String CHANNELS =
      "select distinct channel collate \"C\" as channel from ((select channels from content_items"
          + " where trashed_at is null and scheduled_at is not null and scheduled_at >= :from"
          + " and scheduled_at < :to) union all (select channels from content_items where"
          + " trashed_at is null and published_at is not null and published_at >= :from and"
          + " published_at < :to)) rows, unnest(rows.channels) channel order by 1 limit 200";

  private final JdbcClient jdbc;

  CalendarQueries(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The entries in the range in time order (then by id), at most {@code limit}. */
  List<CalendarEntry> entries(CalendarRange range, Collection<String> channels, int limit) {
    String sql = entriesSql(!channels.isEmpty());
    var statement =
        jdbc.sql(sql)
            .param("from", Timestamp.from(range.from()))
            .param("to", Timestamp.from(range.to()))
            .param("limit", limit);
    if (!channels.isEmpty()) {
      statement = statement.param("channels", channels.toArray(String[]::new));
    }
    return statement.query(this::map).list();
  }

  /** Every channel an entry in the range names, sorted; the filter's choices. */
  List<String> channels(CalendarRange range) {
    return jdbc.sql(CHANNELS)
        .param("from", Timestamp.from(range.from()))
        .param("to", Timestamp.from(range.to()))
        .query(String.class)
        .list();
  }

  static String entriesSql(boolean byChannel) {
    String filter = byChannel ? " and channels && cast(:channels as text[])" : "";
    return "select * from (("
        + branch("scheduled", "scheduled_at", filter)
        + ") union all ("
        + branch("published", "published_at", filter)
        + ")) page order by at, id limit :limit";
  }

  private static String branch(String kind, String column, String filter) {
    return ("select '%s' as kind, %s as at, %s from content_items where trashed_at is null"
            + " and %s is not null and %s >= :from and %s < :to%s order by %s, id limit :limit")
        .formatted(kind, column, COLUMNS, column, column, column, filter, column);
  }

  private CalendarEntry map(ResultSet rs, int row) throws SQLException {
    ItemContent content =
        new ItemContent(
            rs.getString("title"),
            rs.getString("slug"),
            null,
            "",
            List.of(),
            null,
            Seo.NONE,
            ItemColumns.strings(rs.getArray("channels")),
            List.of(),
            null,
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
            null,
            rs.getLong("version"),
            rs.getInt("current_version"));
    return new CalendarEntry(
        item,
        Kind.valueOf(rs.getString("kind").toUpperCase(Locale.ROOT)),
        rs.getTimestamp("at").toInstant());
  }
}
