package ai.trae.content.item;

import com.fasterxml.jackson.annotation.JsonValue;

/** Which path a save came through; every path mints a version. */
public enum VersionSource {
  /** a browser session */
  UI("ui"),
  /** a personal access token */
  API("api"),
  RESTORE("restore"),
  IMPORT("import"),
  BULK("bulk"),
  TRANSITION("transition"),
  AI("ai");

  private final String value;

  VersionSource(String value) {
    this.value = value;
  }

  @JsonValue
  public String value() {
    return value;
  }

  public static VersionSource of(String value) {
    for (VersionSource s : values()) {
      if (s.value.equals(value)) {
        return s;
      }
    }
    throw new IllegalArgumentException("source " + value);
  }
}
