package ai.trae.identity;

import java.util.UUID;

/**
 * A person's id as other modules hold it: content refers to its author by {@code UserId}, never by
 * a row of identity's tables.
 */
public record UserId(UUID value) {

  public UserId {
    java.util.Objects.requireNonNull(value, "value");
  }

  public static UserId of(UUID value) {
    return new UserId(value);
  }

  /** The canonical text form, e.g. for a path or a JSON field. */
  public static UserId parse(String text) {
    return new UserId(UUID.fromString(text));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
