package ai.trae.platform.database;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where TRAE keeps its data ({@code TRAE_DATABASE_*}). With no URL an embedded PostgreSQL is
 * started in the data directory, so a fresh clone runs with zero setup.
 *
 * @param url JDBC URL of an external PostgreSQL ({@code TRAE_DATABASE_URL}); blank for embedded
 * @param username user for the external database ({@code TRAE_DATABASE_USERNAME})
 * @param password password for the external database ({@code TRAE_DATABASE_PASSWORD})
 * @param migrationUsername the role that owns the schema and runs the migrations ({@code
 *     TRAE_DATABASE_MIGRATION_USERNAME}); when set, {@code username} is a least-privilege runtime
 *     role that TRAE grants only data access to. Blank: one user does both.
 * @param migrationPassword its password ({@code TRAE_DATABASE_MIGRATION_PASSWORD})
 * @param maxPoolSize connection pool size ({@code TRAE_DATABASE_MAX_POOL_SIZE})
 * @param connectTimeout how long start-up waits for the database before giving up
 */
@Validated
@ConfigurationProperties("trae.database")
public record DatabaseProperties(
    @Nullable @Pattern(regexp = "jdbc:postgresql:.+", message = "must be a jdbc:postgresql: URL")
        String url,
    @Nullable String username,
    @Nullable String password,
    @Nullable String migrationUsername,
    @Nullable String migrationPassword,
    @DefaultValue("20") @Min(2) @Max(500) int maxPoolSize,
    @DefaultValue("10s") @NotNull Duration connectTimeout) {

  public boolean external() {
    return url != null && !url.isBlank();
  }

  public boolean separateMigrationUser() {
    return migrationUsername != null && !migrationUsername.isBlank();
  }

  /** Never print the password, not even by accident through {@code toString()}. */
  @Override
  public String toString() {
    return "DatabaseProperties[url=%s, username=%s, migrationUsername=%s, maxPoolSize=%d]"
        .formatted(url, username, migrationUsername, maxPoolSize);
  }
}
