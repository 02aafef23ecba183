package ai.trae.content.media;

import java.text.Normalizer;
import org.jspecify.annotations.Nullable;

/**
 * What an upload's name becomes: only its last path segment (browsers and scripts send {@code
 * C:\Users\..\photo.jpg} or {@code ../../etc/passwd}), in NFC, without control, format (bidi
 * overrides that disguise {@code gpj.exe} as {@code exe.jpg}) or separator characters, without
 * leading dots, bounded in length with the extension kept. Never a path: storage keys are ids.
 */
final class FileNames {

  static final int MAX_LENGTH = 200;
  private static final int MAX_EXTENSION = 16;

  private FileNames() {}

  static String sanitise(@Nullable String raw, String fallback) {
    String name = raw == null ? "" : raw;
    name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
    name = Normalizer.normalize(name, Normalizer.Form.NFC);
    StringBuilder clean = new StringBuilder(name.length());
    name.codePoints()
        .forEach(
            c -> {
              if (allowed(c)) {
                clean.appendCodePoint(c);
              }
            });
    String result = clean.toString().strip();
    while (result.startsWith(".")) {
      result = result.substring(1).strip();
    }
    if (result.isEmpty()) {
      return fallback;
    }
    return bounded(result);
  }

  private static boolean allowed(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.FORMAT,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.PRIVATE_USE,
          Character.SURROGATE,
          Character.UNASSIGNED ->
          false;
      default -> "<>:\"|?*".indexOf(c) < 0;
    };
  }

  private static String bounded(String name) {
    if (name.codePointCount(0, name.length()) <= MAX_LENGTH) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    String extension =
        dot > 0 && name.length() - dot <= MAX_EXTENSION + 1 ? name.substring(dot) : "";
    String stem = extension.isEmpty() ? name : name.substring(0, dot);
    int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
    return stem.substring(0, stem.offsetByCodePoints(0, keep)).strip() + extension;
  }
}
