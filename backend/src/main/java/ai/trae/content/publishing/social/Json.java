package ai.trae.content.publishing.social;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/** JSON for the connectors' requests and answers; an answer that is not JSON reads as empty. */
public final class Json {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Json() {}

  public static String write(Object value) {
    return JSON.writeValueAsString(value);
  }

  /** The answer as a tree; a missing node when it is not JSON (a proxy's HTML error page). */
  public static JsonNode read(String body) {
    if (body.isBlank()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (JacksonException notJson) {
      return MissingNode.getInstance();
    }
  }

  /** A field's text, or null when absent, null or empty. */
  public static @org.jspecify.annotations.Nullable String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.isNull()) {
      return null;
    }
    String text = value.asString("");
    return text.isEmpty() ? null : text;
  }
}
