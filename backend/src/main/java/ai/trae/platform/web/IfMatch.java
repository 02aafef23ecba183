package ai.trae.platform.web;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The {@code If-Match} precondition of a guarded update. A handler that takes it as a parameter
 * requires the header: without one the request is answered 428 {@code
 * /problems/precondition-required} before the handler runs. The handler (or its service) then calls
 * {@link #check(Versioned)} with what is stored, or passes {@link #expected(long)} to an update
 * that compares the version in SQL.
 *
 * @param versions the versions the client read; null for {@code If-Match: *} (any version)
 */
public record IfMatch(@Nullable List<Long> versions) {

  public static final String HEADER = "If-Match";

  public static IfMatch parse(String header) {
    return new IfMatch(ETags.versions(header));
  }

  public boolean matches(long version) {
    return versions == null || versions.contains(version);
  }

  /**
   * @throws VersionConflictException (412, carrying {@code current}) when the client read another
   *     version
   */
  public <T> Versioned<T> check(Versioned<T> current) {
    if (!matches(current.version())) {
      throw new VersionConflictException(current);
    }
    return current;
  }

  /**
   * The version an update may overwrite, for an optimistic {@code update ... where version = ?}:
   * the stored one for {@code *}, else the single version the client named.
   */
  public long expected(long stored) {
    return versions == null || versions.contains(stored)
        ? stored
        : versions.isEmpty() ? -1 : versions.getFirst();
  }
}
