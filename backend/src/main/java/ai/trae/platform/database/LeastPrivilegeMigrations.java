package ai.trae.platform.database;

import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.flywaydb.core.api.callback.Callback;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Migrations run as the schema's owner, the application as a runtime role: the embedded database's
 * {@code trae_owner} and {@code trae_app}, or an external database's {@code
 * TRAE_DATABASE_MIGRATION_USERNAME} and {@code TRAE_DATABASE_USERNAME}. Migrations see the runtime
 * role as the placeholder {@code ${runtime_role}} (a role name, to be used as a string literal) to
 * take away what a module's table must not allow, e.g. changing the audit log.
 */
@Configuration(proxyBeanMethods = false)
class LeastPrivilegeMigrations {

  static final String RUNTIME_ROLE_PLACEHOLDER = "runtime_role";

  @Bean
  FlywayConfigurationCustomizer migrateAsOwner(
      DatabaseProperties database,
      ObjectProvider<EmbeddedPostgresServer> pg,
      HikariDataSource dataSource) {
    return configuration -> {
      EmbeddedPostgresServer server = pg.getIfAvailable();
      if (server != null) {
        configuration.dataSource(
            server.jdbcUrl(), EmbeddedPostgresServer.OWNER, server.credentials().owner());
      } else if (database.separateMigrationUser()) {
        configuration.dataSource(
            database.url(), database.migrationUsername(), database.migrationPassword());
      }
      Map<String, String> placeholders = new HashMap<>(configuration.getPlaceholders());
      placeholders.put(RUNTIME_ROLE_PLACEHOLDER, runtimeRole(dataSource).replace("'", "''"));
      configuration.placeholders(placeholders);
    };
  }

  @Bean
  Callback runtimeRoleGrants(HikariDataSource dataSource) {
    return new RuntimeRoleGrants(() -> runtimeRole(dataSource));
  }

  /** Whoever the pool logs in as; the URL may name the user as well as the settings. */
  private static String runtimeRole(HikariDataSource dataSource) {
    return JdbcClient.create(dataSource).sql("select current_user").query(String.class).single();
  }

  static String quoteIdentifier(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String currentUser(Connection connection) throws SQLException {
    try (var s = connection.createStatement();
        var rs = s.executeQuery("select current_user")) {
      rs.next();
      return rs.getString(1);
    }
  }
}
