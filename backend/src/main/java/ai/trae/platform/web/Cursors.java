package ai.trae.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.jspecify.annotations.Nullable;

/**
 * Keyset cursors are opaque to clients: the last key of a page, base64url-encoded. A cursor that
 * does not decode is a client error, answered as a validation problem.
 */
public final class Cursors {

  private Cursors() {}

  public static String encode(String lastKey) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(lastKey.getBytes(StandardCharsets.UTF_8));
  }

  public static @Nullable String decode(@Nullable String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException ex) {
      throw new InvalidCursorException();
    }
  }

  public static @Nullable Long decodeLong(@Nullable String cursor) {
    String key = decode(cursor);
    if (key == null) {
      return null;
    }
    try {
      return Long.parseLong(key);
    } catch (NumberFormatException ex) {
      throw new InvalidCursorException();
    }
  }

  /** A cursor the client did not get from us. */
  public static class InvalidCursorException
      extends org.springframework.web.ErrorResponseException {
    InvalidCursorException() {
      super(
          PlatformProblem.BAD_REQUEST.status(),
          Problems.of(PlatformProblem.BAD_REQUEST, "The cursor is not one this API returned."),
          null);
    }
  }
}
