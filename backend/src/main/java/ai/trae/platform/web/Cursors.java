package ai.trae.platform.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.web.ErrorResponseException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one codec for keyset cursors. A cursor is the sort key of a page's last row (e.g. {@code
 * created_at, id}), written as a small JSON array and base64url-encoded: opaque and URL-safe for
 * clients, checked on the way back in. Anything that is not a cursor this API wrote, in shape or in
 * the type of each part, is a 400 {@code /problems/bad-request}, never a server error. Cursors are
 * validated, not signed: a made-up one only moves where a list the caller may read anyway starts.
 */
public final class Cursors {

  private static final String VERSION = "c1";
  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Cursors() {}

  /** A cursor for the key parts, each written as its {@code toString()}. */
  public static String encode(Object... parts) {
    List<String> values = new ArrayList<>(parts.length + 1);
    values.add(VERSION);
    for (Object part : parts) {
      values.add(part.toString());
    }
    return Base64.getUrlEncoder().withoutPadding().encodeToString(JSON.writeValueAsBytes(values));
  }

  /** The key a cursor holds, null for none (the first page). */
  public static @Nullable Key decode(@Nullable String cursor) {
    if (cursor == null || cursor.isBlank()) {
      return null;
    }
    try {
      JsonNode array = JSON.readTree(Base64.getUrlDecoder().decode(cursor.strip()));
      if (!array.isArray() || array.size() < 2 || !VERSION.equals(array.get(0).asString(""))) {
        throw new InvalidCursorException();
      }
      List<String> parts = new ArrayList<>(array.size() - 1);
      for (int i = 1; i < array.size(); i++) {
        if (!array.get(i).isString()) {
          throw new InvalidCursorException();
        }
        parts.add(array.get(i).asString());
      }
      return new Key(List.copyOf(parts));
    } catch (IllegalArgumentException | JacksonException ex) {
      throw new InvalidCursorException();
    }
  }

  /** A cursor whose key is one number, e.g. an id descending; null for none. */
  public static @Nullable Long decodeLong(@Nullable String cursor) {
    Key key = decode(cursor);
    return key == null ? null : key.expect(1).number(0);
  }

  /** A decoded key; each accessor refuses a part of the wrong type as a bad cursor. */
  public record Key(List<String> parts) {

    /** Refuses a cursor with another number of parts (one from another list). */
    public Key expect(int size) {
      if (parts.size() != size) {
        throw new InvalidCursorException();
      }
      return this;
    }

    public String string(int index) {
      return part(index);
    }

    public long number(int index) {
      try {
        return Long.parseLong(part(index));
      } catch (NumberFormatException ex) {
        throw new InvalidCursorException();
      }
    }

    public Instant instant(int index) {
      try {
        return Instant.parse(part(index));
      } catch (DateTimeParseException ex) {
        throw new InvalidCursorException();
      }
    }

    public UUID uuid(int index) {
      try {
        return UUID.fromString(part(index));
      } catch (IllegalArgumentException ex) {
        throw new InvalidCursorException();
      }
    }

    private String part(int index) {
      if (index >= parts.size()) {
        throw new InvalidCursorException();
      }
      return parts.get(index);
    }
  }

  /** A cursor the client did not get from us. */
  public static class InvalidCursorException extends ErrorResponseException {
    InvalidCursorException() {
      super(
          PlatformProblem.BAD_REQUEST.status(),
          Problems.of(PlatformProblem.BAD_REQUEST, "The cursor is not one this API returned."),
          null);
    }
  }
}
