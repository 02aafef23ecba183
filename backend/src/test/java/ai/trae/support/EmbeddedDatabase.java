package ai.trae.support;

import ai.trae.platform.database.DataProperties;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;
import org.springframework.context.ApplicationContext;

/**
 * What an attacker with the data directory, or an operator, has: the embedded database's generated
 * passwords. Tests use them to act behind the application's back.
 */
public final class EmbeddedDatabase {

  public static final String CREDENTIALS_FILE = "postgres-credentials.properties";

  private EmbeddedDatabase() {}

  public static Connection superuser(ApplicationContext app) throws SQLException {
    return connect(app, "postgres", "superuser");
  }

  public static Connection owner(ApplicationContext app) throws SQLException {
    return connect(app, "trae_owner", "owner");
  }

  /** The running app's JDBC URL (127.0.0.1, a random port, database trae), without user. */
  public static String url(ApplicationContext app) {
    return app.getBean(HikariDataSource.class).getJdbcUrl();
  }

  public static Path dataDir(ApplicationContext app) {
    return app.getBean(DataProperties.class).absoluteDir();
  }

  private static Connection connect(ApplicationContext app, String user, String key)
      throws SQLException {
    Properties credentials = new Properties();
    try (Reader in = Files.newBufferedReader(dataDir(app).resolve(CREDENTIALS_FILE))) {
      credentials.load(in);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return DriverManager.getConnection(url(app), user, credentials.getProperty(key));
  }
}
