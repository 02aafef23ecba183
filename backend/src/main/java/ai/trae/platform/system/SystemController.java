package ai.trae.platform.system;

import ai.trae.platform.database.DataProperties;
import ai.trae.platform.database.DatabaseInfo;
import ai.trae.platform.security.RequirePermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.info.BuildProperties;
import org.springframework.boot.info.GitProperties;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** What the System page shows: health, version, commit and which database holds the data. */
@Tag(name = "System", description = "Health, version and database of this TRAE instance")
@RestController
@RequestMapping(path = "/api/v1/system", produces = MediaType.APPLICATION_JSON_VALUE)
class SystemController {

  private final HealthEndpoint health;
  private final DatabaseInfo database;
  private final DataProperties data;
  private final JdbcClient jdbc;
  private final @Nullable BuildProperties build;
  private final @Nullable GitProperties git;
  private final Instant startedAt = Instant.now();

  SystemController(
      HealthEndpoint health,
      DatabaseInfo database,
      DataProperties data,
      JdbcClient jdbc,
      ObjectProvider<BuildProperties> build,
      ObjectProvider<GitProperties> git) {
    this.health = health;
    this.database = database;
    this.data = data;
    this.jdbc = jdbc;
    this.build = build.getIfAvailable();
    this.git = git.getIfAvailable();
  }

  @Operation(summary = "Health, version and database of this instance")
  @RequirePermission("system:read")
  @GetMapping
  SystemResponse system() {
    boolean embedded = database.kind() == DatabaseInfo.Kind.EMBEDDED;
    return new SystemResponse(
        "TRAE",
        build != null && build.getVersion() != null ? build.getVersion() : "dev",
        git == null ? null : git.getShortCommitId(),
        build == null ? null : build.getTime(),
        health.health().getStatus().getCode(),
        new SystemResponse.Database(
            database.kind().name().toLowerCase(Locale.ROOT), "PostgreSQL", serverVersion()),
        embedded ? data.absoluteDir().toString() : null,
        Runtime.version().toString(),
        startedAt);
  }

  private @Nullable String serverVersion() {
    return jdbc.sql("show server_version").query(String.class).optional().orElse(null);
  }
}
