package ai.trae.identity.user;

import org.jspecify.annotations.Nullable;

/**
 * The version of an account a change was made from: sent in the body ({@code version}), as {@code
 * If-Match: "<version>"}, or not at all. Without one the change still applies, checked against the
 * version read in the same transaction, so only a writer that commits in between makes it fail.
 *
 * @param version null when the caller named none
 * @param precondition whether it came from {@code If-Match} (a stale one answers 412, else 409)
 */
public record ExpectedVersion(@Nullable Integer version, boolean precondition) {

  public static final ExpectedVersion ANY = new ExpectedVersion(null, false);

  /** Never matches: an entity tag TRAE did not hand out. */
  private static final int UNKNOWN = -1;

  public static ExpectedVersion fromBody(@Nullable Integer version) {
    return new ExpectedVersion(version, false);
  }

  /**
   * {@code "3"} or {@code W/"3"}; {@code *} asks only that the user exists. A tag that is not a
   * version TRAE gave out can never match, so it fails like a stale one.
   */
  public static ExpectedVersion fromIfMatch(@Nullable String header) {
    if (header == null || header.isBlank()) {
      return ANY;
    }
    String tag = header.strip();
    if (tag.equals("*")) {
      return new ExpectedVersion(null, true);
    }
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
      tag = tag.substring(1, tag.length() - 1);
    }
    try {
      return new ExpectedVersion(Integer.parseInt(tag), true);
    } catch (NumberFormatException ex) {
      return new ExpectedVersion(UNKNOWN, true);
    }
  }

  /** Refuses a change made from another version than the current one. */
  public void check(User current) {
    if (version != null && version != current.version()) {
      throw new UserVersionConflict(precondition, current.version());
    }
  }

  /** For a guarded write that found the row moved on after it was read. */
  public UserVersionConflict lostRace() {
    return new UserVersionConflict(precondition, null);
  }
}
