package ai.trae.content.item;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** Where an item stands in the workflow. Stored and sent as its lower-case kebab name. */
public enum ContentStatus {
  IDEA("idea"),
  DRAFT("draft"),
  IN_REVIEW("in-review"),
  APPROVED("approved"),
  SCHEDULED("scheduled"),
  PUBLISHED("published"),
  ARCHIVED("archived");

  private final String value;

  ContentStatus(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }

  public static Optional<ContentStatus> parse(String value) {
    return Arrays.stream(values()).filter(s -> s.value.equals(value)).findFirst();
  }

  public static ContentStatus of(String value) {
    return parse(value).orElseThrow(() -> new IllegalArgumentException("status " + value));
  }
}
