package ai.trae.platform.web;

import com.fasterxml.jackson.annotation.JsonValue;

/**
 * A representation and the version of the row it was read from. Returned from a handler, it is
 * written as the body alone, with {@code ETag: "<version>"}; a {@code GET} whose {@code
 * If-None-Match} names that ETag is answered 304 without a body ({@link ConditionalResponses}).
 */
public record Versioned<T>(@JsonValue T body, long version) {

  public static <T> Versioned<T> of(T body, long version) {
    return new Versioned<>(body, version);
  }

  /** The strong entity tag of this version: the version number, quoted. */
  public String etag() {
    return ETags.of(version);
  }
}
