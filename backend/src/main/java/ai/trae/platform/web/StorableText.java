package ai.trae.platform.web;

import org.jspecify.annotations.Nullable;

/**
 * What TRAE accepts as text from a client, anywhere (JSON strings, query parameters, paths): no
 * NUL, which PostgreSQL cannot store in text, and no half of a surrogate pair, which would silently
 * turn into '?' on the way to the database.
 */
public final class StorableText {

  private StorableText() {}

  public static boolean isStorable(@Nullable String text) {
    if (text == null) {
      return true;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\0') {
        return false;
      }
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
          return false;
        }
        i++;
      } else if (Character.isLowSurrogate(c)) {
        return false;
      }
    }
    return true;
  }
}
