package ai.trae.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One data source for both modes: an external PostgreSQL when {@code TRAE_DATABASE_URL} is set,
 * otherwise an embedded PostgreSQL 17 whose files live in the data directory and survive restarts.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);
  private static final String EMBEDDED_DATABASE = "trae";

  /** Started only in embedded mode; Spring stops it after the pool that depends on it closes. */
  @Bean(destroyMethod = "close")
  @Nullable EmbeddedPostgresServer embeddedPostgres(
      DatabaseProperties database, DataProperties data) {
    if (database.external()) {
      return null;
    }
    return EmbeddedPostgresServer.start(data.absoluteDir().resolve("postgres"));
  }

  @Bean
  DatabaseInfo databaseInfo(
      DatabaseProperties database, DataProperties data, ObjectProvider<EmbeddedPostgresServer> pg) {
    EmbeddedPostgresServer server = pg.getIfAvailable();
    return server == null
        ? new DatabaseInfo(DatabaseInfo.Kind.EXTERNAL, redact(database.url()), null)
        : new DatabaseInfo(DatabaseInfo.Kind.EMBEDDED, server.dataDirectory().toString(), null);
  }

  @Bean(destroyMethod = "close")
  HikariDataSource dataSource(
      DatabaseProperties database, ObjectProvider<EmbeddedPostgresServer> pg, DatabaseInfo info) {
    HikariConfig config = new HikariConfig();
    config.setPoolName("trae");
    config.setMaximumPoolSize(database.maxPoolSize());
    config.setConnectionTimeout(database.connectTimeout().toMillis());
    config.setInitializationFailTimeout(database.connectTimeout().toMillis());
    EmbeddedPostgresServer server = pg.getIfAvailable();
    if (server != null) {
      config.setJdbcUrl(server.jdbcUrl(EMBEDDED_DATABASE));
      config.setUsername(EmbeddedPostgresServer.USER);
    } else {
      config.setJdbcUrl(database.url());
      config.setUsername(database.username());
      config.setPassword(database.password());
    }
    try {
      HikariDataSource dataSource = new HikariDataSource(config);
      String version = serverVersion(dataSource);
      log.info(
          "Database: {} PostgreSQL {} at {}",
          info.kind().name().toLowerCase(java.util.Locale.ROOT),
          version,
          info.location());
      return dataSource;
    } catch (RuntimeException | SQLException ex) {
      throw new DatabaseUnavailableException(
          "Cannot connect to PostgreSQL at %s: %s".formatted(info.location(), rootMessage(ex)),
          "Check that the database is running and that TRAE_DATABASE_URL, TRAE_DATABASE_USERNAME"
              + " and TRAE_DATABASE_PASSWORD are right (or unset TRAE_DATABASE_URL to use the"
              + " embedded database).",
          ex);
    }
  }

  private static String serverVersion(DataSource dataSource) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return connection.getMetaData().getDatabaseProductVersion();
    }
  }

  /** host, port and database only: query parameters may carry a password. */
  static String redact(@Nullable String url) {
    if (url == null) {
      return "";
    }
    String withoutQuery = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
    return withoutQuery.replaceFirst("//[^/@]*@", "//");
  }

  private static String rootMessage(Throwable ex) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }

  /** The embedded server and the database TRAE creates in it on first start. */
  static final class EmbeddedPostgresServer implements AutoCloseable {

    static final String USER = "postgres";
    private final EmbeddedPostgres postgres;
    private final Path dataDirectory;

    private EmbeddedPostgresServer(EmbeddedPostgres postgres, Path dataDirectory) {
      this.postgres = postgres;
      this.dataDirectory = dataDirectory;
    }

    static EmbeddedPostgresServer start(Path dataDirectory) {
      boolean fresh = !Files.exists(dataDirectory.resolve("PG_VERSION"));
      log.info(
          "Starting embedded PostgreSQL with data in {}{}",
          dataDirectory,
          fresh ? " (first start: creating the database)" : "");
      try {
        Files.createDirectories(dataDirectory);
        EmbeddedPostgres postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                // Spring closes it after the pool; zonky's own JVM hook would race that
                .setRegisterShutdownHook(false)
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("max_connections", "200")
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, dataDirectory);
        server.createDatabaseIfMissing();
        return server;
      } catch (IOException | SQLException | RuntimeException ex) {
        throw new DatabaseUnavailableException(
            "Cannot start the embedded PostgreSQL in %s: %s"
                .formatted(dataDirectory, rootMessage(ex)),
            "Make sure the data directory is writable and not used by another running TRAE"
                + " (set TRAE_DATA_DIR to use another one), or set TRAE_DATABASE_URL to use an"
                + " external PostgreSQL.",
            ex);
      }
    }

    private void createDatabaseIfMissing() throws SQLException {
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          var exists = connection.prepareStatement("select 1 from pg_database where datname = ?")) {
        exists.setString(1, EMBEDDED_DATABASE);
        if (!exists.executeQuery().next()) {
          try (var create = connection.createStatement()) {
            create.execute("create database " + EMBEDDED_DATABASE);
          }
        }
      }
    }

    String jdbcUrl(String database) {
      return postgres.getJdbcUrl(USER, database);
    }

    Path dataDirectory() {
      return dataDirectory;
    }

    @Override
    public void close() throws IOException {
      postgres.close();
    }
  }
}
