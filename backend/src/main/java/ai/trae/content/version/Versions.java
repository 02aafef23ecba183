package ai.trae.content.version;

import ai.trae.content.item.ItemSaved;
import java.sql.Timestamp;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The content_versions table and its only writer: one immutable row per save, whatever path it came
 * through, written in the saving transaction.
 */
@Repository
public class Versions {

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
}
