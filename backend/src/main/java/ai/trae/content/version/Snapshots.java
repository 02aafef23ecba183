package ai.trae.content.version;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ItemContent;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The versioned JSON document a history version stores. {@code schema} names its shape; {@link
 * #read} upgrades older shapes one step at a time before mapping, so history written years ago
 * still reads after {@link ItemContent} changes. Add a step (and a test with a hand-written
 * document of the old shape) whenever {@link #SCHEMA} goes up; never rewrite stored rows.
 */
final class Snapshots {

  /**
   * 1: type, status, author and content. 2: also the item's published and scheduled times, so a
   * version tells when what it holds went out.
   */
  static final int SCHEMA = 2;

  private static final JsonMapper JSON =
      JsonMapper.builder()
          // a field a later schema added and an older reader does not know is not an error
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .build();

  private static final List<String> LISTS =
      List.of("tags", "channels", "variants", "sections", "coAuthorIds");

  record Snapshot(
      int schema,
      String type,
      String status,
      @Nullable UUID authorId,
      @Nullable Instant publishedAt,
      @Nullable Instant scheduledAt,
      ItemContent content) {}

  private Snapshots() {}

  static String write(ContentItem item) {
    return JSON.writeValueAsString(
        new Snapshot(
            SCHEMA,
            item.type().value(),
            item.status().value(),
            item.authorId(),
            item.publishedAt(),
            item.scheduledAt(),
            item.content()));
  }

  static Snapshot read(String json) {
    ObjectNode document = (ObjectNode) JSON.readTree(json);
    int schema = document.path("schema").asInt(1);
    if (schema < 2) {
      document.putNull("publishedAt");
      document.putNull("scheduledAt");
    }
    document.put("schema", SCHEMA);
    normalise(document.withObject("content"));
    return JSON.treeToValue(document, Snapshot.class);
  }

  /** Fields added to the content over time read as empty in documents written before them. */
  private static void normalise(ObjectNode content) {
    for (String list : LISTS) {
      JsonNode value = content.get(list);
      if (value == null || value.isNull()) {
        content.putArray(list);
      }
    }
    if (!content.hasNonNull("seo")) {
      content.putObject("seo");
    }
    if (!content.hasNonNull("body")) {
      content.put("body", "");
    }
  }
}
