package ai.trae.content.version;

import ai.trae.content.item.ItemSaved;
import ai.trae.content.item.VersionSource;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The content_working_copies table and its only writer: each user's autosaved, unsaved edits of an
 * item, one row per item and user (the primary key), overwritten on every autosave. Not history: an
 * explicit save turns the edits into a version and drops the row.
 */
@Repository
public class WorkingCopies {

  /** Saves that stand for the editor's "save": they take the working copy's place. */
  private static final Set<VersionSource> EXPLICIT_SAVES =
      Set.of(VersionSource.UI, VersionSource.API);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /**
   * @param baseVersion the item's row version the edits started from
   * @param content what the editor holds, as it sent it (autosave keeps even invalid drafts)
   */
  public record WorkingCopy(long baseVersion, Instant savedAt, JsonNode content) {}

  private final JdbcClient jdbc;

  WorkingCopies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public void put(UUID itemId, UUID userId, WorkingCopy copy) {
    jdbc.sql(
            """
            insert into content_working_copies (item_id, user_id, base_version, saved_at, content)
            values (?, ?, ?, ?, cast(? as jsonb))
            on conflict (item_id, user_id) do update
                set base_version = excluded.base_version, saved_at = excluded.saved_at,
                    content = excluded.content
            """)
        .params(
            itemId,
            userId,
            copy.baseVersion(),
            Timestamp.from(copy.savedAt()),
            JSON.writeValueAsString(copy.content()))
        .update();
  }

  public Optional<WorkingCopy> find(UUID itemId, UUID userId) {
    return jdbc.sql(
            """
            select base_version, saved_at, content from content_working_copies
            where item_id = ? and user_id = ?
            """)
        .params(itemId, userId)
        .query(
            (rs, row) ->
                new WorkingCopy(
                    rs.getLong("base_version"),
                    rs.getTimestamp("saved_at").toInstant(),
                    JSON.readTree(rs.getString("content"))))
        .optional();
  }

  public boolean clear(UUID itemId, UUID userId) {
    return jdbc.sql("delete from content_working_copies where item_id = ? and user_id = ?")
            .params(itemId, userId)
            .update()
        == 1;
  }

  /**
   * A save by the editor (in the saving transaction) replaces their working copy. Transitions, bulk
   * actions and imports leave it: the unsaved edits are still unsaved.
   */
  @EventListener
  void clearOnSave(ItemSaved saved) {
    // version 1 is the create: nobody can have autosaved an item that did not exist
    if (saved.author() != null
        && saved.item().currentVersion() > 1
        && EXPLICIT_SAVES.contains(saved.source())) {
      clear(saved.item().id(), saved.author());
    }
  }
}
