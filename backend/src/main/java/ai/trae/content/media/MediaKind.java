package ai.trae.content.media;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What the list's type filter groups media types into. */
public enum MediaKind {
  IMAGE,
  VIDEO,
  AUDIO,
  DOCUMENT;

  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<MediaKind> parse(String value) {
    return Arrays.stream(values()).filter(k -> k.value().equals(value)).findFirst();
  }
}
