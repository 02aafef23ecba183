package ai.trae.platform.database;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
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
 * Either way the application may run as a role that only reads and writes data, while the
 * migrations run as the schema's owner ({@link LeastPrivilegeMigrations}).
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

  private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

  /** Started only in embedded mode; Spring stops it after the pool that depends on it closes. */
  @Bean(destroyMethod = "close")
  @Nullable EmbeddedPostgresServer embeddedPostgres(
      DatabaseProperties database, DataProperties data) {
    if (database.external()) {
      return null;
    }
    return EmbeddedPostgresServer.start(data.absoluteDir());
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
      config.setJdbcUrl(server.jdbcUrl());
      config.setUsername(EmbeddedPostgresServer.RUNTIME);
      config.setPassword(server.credentials().runtime());
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

  static String rootMessage(Throwable ex) {
    Throwable root = ex;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return String.valueOf(root.getMessage());
  }
}
