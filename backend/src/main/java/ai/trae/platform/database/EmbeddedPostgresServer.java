package ai.trae.platform.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded PostgreSQL, locked down: it listens on 127.0.0.1 only (no Unix socket), every login
 * needs a SCRAM password from {@link EmbeddedCredentials}, and TRAE runs as {@link #RUNTIME}, a
 * role that is no superuser and owns nothing; migrations run as {@link #OWNER}.
 *
 * <p>A data directory from a version that trusted every local connection is upgraded in place on
 * its first start: the server comes up once accepting the superuser from 127.0.0.1 without a
 * password, gets its passwords, switches to the strict rules and drops any other connection.
 */
final class EmbeddedPostgresServer implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

  static final String DATABASE = "trae";
  static final String SUPERUSER = "postgres";
  static final String OWNER = "trae_owner";
  static final String RUNTIME = "trae_app";

  private static final String STRICT_HBA =
      """
      # Written by TRAE on every start; edits are overwritten.
      # Password (SCRAM) logins over loopback only; the app's roles reach only their database.
      host  %s   %s,%s  127.0.0.1/32  scram-sha-256
      host  all  %s     127.0.0.1/32  scram-sha-256
      """
          .formatted(DATABASE, OWNER, RUNTIME, SUPERUSER);

  private static final String UPGRADE_HBA =
      """
      # Written by TRAE for a one-time upgrade from trust authentication; replaced at once.
      host  all  %s  127.0.0.1/32  trust
      """
          .formatted(SUPERUSER);

  private final EmbeddedPostgres postgres;
  private final Path dataDirectory;
  private final EmbeddedCredentials credentials;

  private EmbeddedPostgresServer(
      EmbeddedPostgres postgres, Path dataDirectory, EmbeddedCredentials credentials) {
    this.postgres = postgres;
    this.dataDirectory = dataDirectory;
    this.credentials = credentials;
  }

  /** An eighth of the machine's memory, at least PostgreSQL's default 128 MB and at most 1 GB. */
  static String sharedBuffers() {
    long total =
        java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                instanceof com.sun.management.OperatingSystemMXBean os
            ? os.getTotalMemorySize()
            : 0;
    long mb = Math.clamp(total / 8 / (1024 * 1024), 128, 1024);
    return mb + "MB";
  }

  /**
   * @param dataDir TRAE's data directory; the server's files go to its {@code postgres} folder
   */
  static EmbeddedPostgresServer start(Path dataDir) {
    Path pgData = dataDir.resolve("postgres");
    boolean fresh = !Files.exists(pgData.resolve("postgresql.conf"));
    boolean upgrade = !fresh && !EmbeddedCredentials.exist(dataDir);
    log.info(
        "Starting embedded PostgreSQL with data in {}{}",
        pgData,
        fresh
            ? " (first start: creating the database)"
            : upgrade ? " (upgrading it to password authentication)" : "");
    Path pwfile = dataDir.resolve(".postgres-initdb-password");
    try {
      Files.createDirectories(pgData);
      EmbeddedCredentials credentials = EmbeddedCredentials.loadOrCreate(dataDir);
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(pgData)
              .setCleanDataDirectory(false)
              // Spring closes it after the pool; zonky's own JVM hook would race that
              .setRegisterShutdownHook(false)
              .setServerConfig("synchronous_commit", "on")
              .setServerConfig("max_connections", "200")
              // PostgreSQL's defaults suit a shared host; this server has the machine to itself
              // and TRAE to serve: room for the hot tables in its own cache, and checkpoints
              // spaced out so a burst of saves writes fewer full-page images to the WAL
              .setServerConfig("shared_buffers", sharedBuffers())
              .setServerConfig("max_wal_size", "4GB")
              .setServerConfig("checkpoint_timeout", "15min")
              .setServerConfig("listen_addresses", "127.0.0.1")
              // pg_ctl passes these through a shell: '' is an empty list, i.e. no Unix socket
              .setServerConfig("unix_socket_directories", "''")
              .setServerConfig("password_encryption", "scram-sha-256")
              .setConnectConfig("password", credentials.superuser())
              .setDataDirectoryCustomizer(dir -> writeHba(dir, upgrade ? UPGRADE_HBA : STRICT_HBA))
              .setPGStartupWait(Duration.ofSeconds(60));
      if (fresh) {
        // initdb sets the superuser's password, so there is never a moment without one
        writePrivate(pwfile, credentials.superuser());
        builder.setLocaleConfig("pwfile", pwfile.toString());
      }
      EmbeddedPostgres postgres = builder.start();
      EmbeddedPostgresServer server = new EmbeddedPostgresServer(postgres, pgData, credentials);
      if (upgrade) {
        server.finishUpgrade();
      }
      new EmbeddedRoles(server).provision();
      log.info(
          "Embedded PostgreSQL listens on 127.0.0.1:{} (passwords in {})",
          postgres.getPort(),
          dataDir.resolve(EmbeddedCredentials.FILE));
      return server;
    } catch (IOException | SQLException | RuntimeException ex) {
      throw new DatabaseUnavailableException(
          "Cannot start the embedded PostgreSQL in %s: %s"
              .formatted(pgData, DatabaseConfiguration.rootMessage(ex)),
          "Make sure the data directory is writable and not used by another running TRAE"
              + " (set TRAE_DATA_DIR to use another one), or set TRAE_DATABASE_URL to use an"
              + " external PostgreSQL.",
          ex);
    } finally {
      try {
        Files.deleteIfExists(pwfile);
      } catch (IOException ignored) {
        // initdb has read it; a leftover is removed on the next start
      }
    }
  }

  /** Gives the superuser its password, then closes the door the upgrade came through. */
  private void finishUpgrade() throws SQLException {
    try (Connection c = superuser("postgres");
        Statement s = c.createStatement()) {
      s.execute(
          "alter role %s password '%s'"
              .formatted(SUPERUSER, ScramVerifier.of(credentials.superuser())));
      writeHba(dataDirectory.toFile(), STRICT_HBA);
      s.execute("select pg_reload_conf()");
      s.execute(
          """
          select pg_terminate_backend(pid) from pg_stat_activity
          where pid <> pg_backend_pid() and backend_type = 'client backend'
          """);
    }
    log.warn(
        "Upgraded the embedded PostgreSQL in {} to password authentication; the passwords are in"
            + " {}",
        dataDirectory,
        dataDirectory.resolveSibling(EmbeddedCredentials.FILE));
  }

  private static void writeHba(File dir, String rules) {
    try {
      Files.writeString(dir.toPath().resolve("pg_hba.conf"), rules, StandardCharsets.UTF_8);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void writePrivate(Path file, String content) throws IOException {
    Files.deleteIfExists(file);
    try {
      Files.createFile(
          file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createFile(file);
    }
    Files.writeString(file, content + "\n", StandardCharsets.UTF_8);
  }

  Connection superuser(String database) throws SQLException {
    return postgres.getDatabase(SUPERUSER, database).getConnection();
  }

  EmbeddedCredentials credentials() {
    return credentials;
  }

  /** 127.0.0.1, not localhost: the server listens on IPv4 loopback only. */
  String jdbcUrl() {
    return "jdbc:postgresql://127.0.0.1:%d/%s".formatted(postgres.getPort(), DATABASE);
  }

  Path dataDirectory() {
    return dataDirectory;
  }

  @Override
  public void close() throws IOException {
    postgres.close();
  }
}
