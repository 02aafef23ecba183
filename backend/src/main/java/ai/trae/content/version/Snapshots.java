package ai.trae.content.version;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ItemContent;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The versioned JSON document a history version stores. {@code schema} names its shape; a reader
 * upgrades older shapes here, so history survives later changes to {@link ItemContent}.
 */
final class Snapshots {

  static final int SCHEMA = 1;

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** Schema 1: the item's type, status and author next to its content. */
  record Snapshot(
      int schema, String type, String status, @Nullable UUID authorId, ItemContent content) {}

  private Snapshots() {}

  static String write(ContentItem item) {
    return JSON.writeValueAsString(
        new Snapshot(
            SCHEMA, item.type().value(), item.status().value(), item.authorId(), item.content()));
  }

  static Snapshot read(String json) {
    return JSON.readValue(json, Snapshot.class);
  }
}
