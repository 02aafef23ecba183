package ai.trae.content.version;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ItemSaved;
import ai.trae.content.item.VersionSource;
import ai.trae.content.version.Snapshots.Snapshot;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The content_versions table and its only writer: one immutable row per save, whatever path it came
 * through, written in the saving transaction. Rows are never changed afterwards except for the pin
 * flag, and only the retention job deletes them.
 */
@Repository
public class Versions {

  private static final String SUMMARY =
      "item_id, number, author_id, created_at, source, note, status, pinned";

  private final JdbcClient jdbc;

  Versions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @EventListener
  void record(ItemSaved saved) {
    var item = saved.item();
    jdbc.sql(
            """
            insert into content_versions (item_id, number, author_id, created_at, source, note,
                                          status, snapshot)
            values (?, ?, ?, ?, ?, ?, ?, cast(? as jsonb))
            """)
        .params(
            item.id(),
            item.currentVersion(),
            saved.author(),
            Timestamp.from(item.updatedAt()),
            saved.source().value(),
            saved.note(),
            item.status().value(),
            Snapshots.write(item))
        .update();
  }

  /**
   * Newest first, {@code limit} rows below {@code before} (null: from the newest). Served by the
   * primary key (item_id, number), read backwards.
   */
  public List<Version> page(UUID itemId, @Nullable Integer before, int limit) {
    return jdbc.sql(
            "select "
                + SUMMARY
                + """
                 from content_versions
                where item_id = ? and (cast(? as int) is null or number < ?)
                order by number desc limit ?
                """)
        .params(itemId, before, before, limit)
        .query(Versions::map)
        .list();
  }

  public Optional<Version> find(UUID itemId, int number) {
    return jdbc.sql("select " + SUMMARY + " from content_versions where item_id = ? and number = ?")
        .params(itemId, number)
        .query(Versions::map)
        .optional();
  }

  /** The stored document, upgraded to the current schema. */
  Optional<Snapshot> snapshot(UUID itemId, int number) {
    return jdbc.sql("select snapshot from content_versions where item_id = ? and number = ?")
        .params(itemId, number)
        .query(String.class)
        .optional()
        .map(Snapshots::read);
  }

  /**
   * @return the version as it is now, empty when there is none with that number
   */
  public Optional<Version> pin(UUID itemId, int number, boolean pinned) {
    return jdbc.sql(
            "update content_versions set pinned = ? where item_id = ? and number = ? returning "
                + SUMMARY)
        .params(pinned, itemId, number)
        .query(Versions::map)
        .optional();
  }

  /**
   * Deletes up to {@code batch} versions that retention does not keep: neither published nor
   * pinned, and older than the {@code keep} newest such versions of their item. The partial index
   * content_versions_prunable_idx (item_id, number) holds exactly the candidates, in the window's
   * order; only items with more than {@code keep} versions are looked at.
   *
   * @return how many were deleted; the job calls again until it is 0
   */
  public int prune(int keep, int batch) {
    return jdbc.sql(
            """
            delete from content_versions v
            using (select item_id, number
                   from (select item_id, number,
                                row_number() over (partition by item_id order by number desc) rank
                         from content_versions
                         where not pinned and status <> 'published'
                           and item_id in (select id from content_items where current_version > ?))
                        ranked
                   where rank > ?
                   limit ?) doomed
            where v.item_id = doomed.item_id and v.number = doomed.number
            """)
        .params(keep, keep, batch)
        .update();
  }

  private static Version map(ResultSet rs, int row) throws SQLException {
    return new Version(
        rs.getObject("item_id", UUID.class),
        rs.getInt("number"),
        rs.getObject("author_id", UUID.class),
        rs.getTimestamp("created_at").toInstant(),
        VersionSource.of(rs.getString("source")),
        rs.getString("note"),
        ContentStatus.of(rs.getString("status")),
        rs.getBoolean("pinned"));
  }
}
