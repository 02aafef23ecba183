package ai.trae.platform.system;

import java.time.Instant;
import org.jspecify.annotations.Nullable;

/**
 * @param status aggregate health: UP, DOWN, OUT_OF_SERVICE or UNKNOWN
 * @param dataDirectory where the embedded database keeps its files; null for an external one
 */
record SystemResponse(
    String name,
    String version,
    @Nullable String commit,
    @Nullable Instant buildTime,
    String status,
    Database database,
    @Nullable String dataDirectory,
    String javaVersion,
    Instant startedAt) {

  /**
   * @param kind {@code embedded} or {@code external}
   */
  record Database(String kind, String product, @Nullable String version) {}
}
