package ai.trae.content.publishing.publication;

import java.util.Locale;

/** What a delivery does at the destination. */
public enum Operation {
  PUBLISH,
  UPDATE,
  UNPUBLISH;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Operation of(String value) {
    return valueOf(value.toUpperCase(Locale.ROOT));
  }
}
