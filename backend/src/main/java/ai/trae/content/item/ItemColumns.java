package ai.trae.content.item;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Reading content_items' array and timestamp columns: the item's reads and the list's share it. */
public final class ItemColumns {

  private ItemColumns() {}

  public static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
    Timestamp ts = rs.getTimestamp(column);
    return ts == null ? null : ts.toInstant();
  }

  public static List<String> strings(Array array) throws SQLException {
    return Arrays.asList((String[]) array.getArray());
  }

  public static List<UUID> uuids(Array array) throws SQLException {
    return Arrays.asList((UUID[]) array.getArray());
  }
}
