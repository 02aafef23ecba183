package ai.trae.platform.database;

import org.jspecify.annotations.Nullable;

/**
 * Which database TRAE runs on, for the start-up log and the System page.
 *
 * @param kind {@code embedded} or {@code external}
 * @param location the data directory (embedded) or host/database (external), never credentials
 */
public record DatabaseInfo(Kind kind, String location, @Nullable String productVersion) {

  public enum Kind {
    EMBEDDED,
    EXTERNAL
  }

  DatabaseInfo withProductVersion(String version) {
    return new DatabaseInfo(kind, location, version);
  }
}
