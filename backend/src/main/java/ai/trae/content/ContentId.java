package ai.trae.content;

import java.util.Objects;
import java.util.UUID;

/**
 * A content item's id as other modules hold it: analytics counts views per {@code ContentId},
 * integrations attach runs to one, neither reads content's tables.
 */
public record ContentId(UUID value) {

  public ContentId {
    Objects.requireNonNull(value, "value");
  }

  public static ContentId of(UUID value) {
    return new ContentId(value);
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
