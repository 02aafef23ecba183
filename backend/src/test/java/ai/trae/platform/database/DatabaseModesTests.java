package ai.trae.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.TraeApplication;
import ai.trae.identity.audit.AuditEvents;
import ai.trae.support.EmbeddedDatabase;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.bind.validation.BindValidationException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.NestedExceptionUtils;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Start-up against each kind of database, and the clear failures when it cannot. */
class DatabaseModesTests {

  @TempDir Path dataDir;

  @Test
  void embeddedDataSurvivesARestart() {
    try (var app = start("--trae.data.dir=" + dataDir)) {
      assertThat(app.getBean(DatabaseInfo.class).kind()).isEqualTo(DatabaseInfo.Kind.EMBEDDED);
      app.getBean(JdbcClient.class)
          .sql("insert into roles (name, permissions) values ('RESTART_PROBE', '{}')")
          .update();
    }

    try (var app = start("--trae.data.dir=" + dataDir)) {
      assertThat(
              app.getBean(JdbcClient.class)
                  .sql("select count(*) from roles where name = 'RESTART_PROBE'")
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
    }
  }

  @Test
  void embeddedDatabaseRefusesPasswordlessLoopbackConnections() throws Exception {
    try (var app = start("--trae.data.dir=" + dataDir)) {
      String url = EmbeddedDatabase.url(app);
      for (String user : List.of("postgres", "trae_owner", "trae_app")) {
        assertThatThrownBy(() -> DriverManager.getConnection(url + "?user=" + user).close())
            .as(user)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("password");
        assertThatThrownBy(() -> DriverManager.getConnection(url, user, "not the password").close())
            .as(user)
            .hasMessageContaining("password authentication failed");
      }
      assertThatThrownBy(
              () ->
                  DriverManager.getConnection(url.replace("127.0.0.1", "[::1]"), "postgres", "")
                      .close())
          .isInstanceOf(SQLException.class);
      assertThat(Files.readString(dataDir.resolve("postgres/pg_hba.conf")))
          .doesNotContain("trust")
          .contains("scram-sha-256");
      assertThat(Files.getPosixFilePermissions(dataDir.resolve(EmbeddedDatabase.CREDENTIALS_FILE)))
          .isEqualTo(PosixFilePermissions.fromString("rw-------"));
    }
  }

  @Test
  void theApplicationRunsAsARoleThatIsNoSuperuserAndOwnsNothing() throws Exception {
    try (var app = start("--trae.data.dir=" + dataDir)) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);

      assertThat(jdbc.sql("select current_user").query(String.class).single())
          .isEqualTo("trae_app");
      assertThat(
              jdbc.sql("select rolsuper from pg_roles where rolname = current_user")
                  .query(Boolean.class)
                  .single())
          .isFalse();
      assertThatThrownBy(
              () -> jdbc.sql("copy (select 1) to program 'touch /tmp/trae-pwned'").update())
          .rootCause()
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> jdbc.sql("select rolpassword from pg_authid").query().listOfRows())
          .rootCause()
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> jdbc.sql("create table intruder (x int)").update())
          .rootCause()
          .hasMessageContaining("permission denied");
      assertThatThrownBy(() -> jdbc.sql("delete from flyway_schema_history").update())
          .rootCause()
          .hasMessageContaining("permission denied");
      assertThat(
              jdbc.sql(
                      """
                      select count(*) from pg_class
                      where relnamespace = 'public'::regnamespace
                        and relowner in ('trae_app'::regrole, 'postgres'::regrole)
                      """)
                  .query(Integer.class)
                  .single())
          .isZero();
    }
  }

  /** A data directory as the versions before password authentication left it. */
  @Test
  void aTrustingDataDirectoryFromAnOlderVersionIsUpgradedInPlace() throws Exception {
    try (EmbeddedPostgres old =
        EmbeddedPostgres.builder()
            .setDataDirectory(dataDir.resolve("postgres"))
            .setCleanDataDirectory(false)
            .start()) {
      try (var c = old.getPostgresDatabase().getConnection()) {
        c.createStatement().execute("create database trae");
      }
      DataSource trae = old.getDatabase("postgres", "trae");
      Flyway.configure()
          .dataSource(trae)
          .locations("classpath:db/migration/platform", "classpath:db/migration/identity")
          .target("2026.11.26.1600")
          .skipDefaultCallbacks(true)
          .load()
          .migrate();
      try (var c = trae.getConnection();
          var s = c.createStatement()) {
        s.execute(
            "insert into roles (name, permissions) values ('WRITTEN_BEFORE', '{content:read}')");
        for (int i = 0; i < 3; i++) {
          s.execute(
              """
              insert into audit_events (occurred_at, actor_type, action, summary, prev_hash, hash)
              select e.t, 'system', 'legacy.event', '{"n": 1}', last.hash,
                     audit_event_digest(last.hash, e.t, 'system', null, null, 'legacy.event',
                         null, null, null, null, null, '{"n": 1}')
              from (select now() as t) e
              left join (select hash from audit_events order by id desc limit 1) last on true
              """);
        }
      }
    }

    try (var app = start("--trae.data.dir=" + dataDir)) {
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      assertThat(jdbc.sql("select current_user").query(String.class).single())
          .isEqualTo("trae_app");
      assertThat(
              jdbc.sql("select count(*) from roles where name = 'WRITTEN_BEFORE'")
                  .query(Integer.class)
                  .single())
          .isEqualTo(1);
      assertThat(
              jdbc.sql("select count(*) from audit_events where mac_key_id is not null")
                  .query(Integer.class)
                  .single())
          .isEqualTo(3);
      assertThat(app.getBean(AuditEvents.class).verify().valid()).isTrue();
      assertThatThrownBy(
              () -> DriverManager.getConnection(EmbeddedDatabase.url(app) + "?user=postgres"))
          .isInstanceOf(SQLException.class);
      assertThat(
              jdbc.sql("update roles set mfa_required = false where name = 'WRITTEN_BEFORE'")
                  .update())
          .isEqualTo(1);
    }
  }

  @Test
  void externalDatabaseIsUsedWhenConfigured() throws Exception {
    try (EmbeddedPostgres external = EmbeddedPostgres.start();
        var app =
            start(
                "--trae.data.dir=" + dataDir,
                "--trae.database.url=" + external.getJdbcUrl("postgres", "postgres"),
                "--trae.database.username=postgres",
                "--trae.database.password=unused")) {
      DatabaseInfo info = app.getBean(DatabaseInfo.class);
      assertThat(info.kind()).isEqualTo(DatabaseInfo.Kind.EXTERNAL);
      assertThat(info.location()).doesNotContain("user=", "password");
      assertThat(
              external
                  .getPostgresDatabase()
                  .getConnection()
                  .createStatement()
                  .executeQuery("select count(*) from flyway_schema_history")
                  .next())
          .isTrue();
      assertThat(dataDir.resolve("postgres")).doesNotExist();
    }
  }

  /** The setup docs/install.md describes, step by step. */
  @Test
  void externalDatabaseWithAMigrationUserGrantsTheRuntimeUserOnlyDataAccess() throws Exception {
    try (EmbeddedPostgres external = EmbeddedPostgres.start()) {
      try (var c = external.getPostgresDatabase().getConnection();
          var s = c.createStatement()) {
        s.execute("create role trae_migrator login password 'migrator secret'");
        s.execute("create role trae_runtime login password 'runtime secret'");
        s.execute("create database trae_ext owner trae_migrator");
        s.execute("revoke all on database trae_ext from public");
        s.execute("grant connect, temporary on database trae_ext to trae_runtime");
      }
      String url = "jdbc:postgresql://localhost:" + external.getPort() + "/trae_ext";
      try (var app =
          start(
              "--trae.data.dir=" + dataDir,
              "--trae.database.url=" + url,
              "--trae.database.username=trae_runtime",
              "--trae.database.password=runtime secret",
              "--trae.database.migration-username=trae_migrator",
              "--trae.database.migration-password=migrator secret")) {
        JdbcClient jdbc = app.getBean(JdbcClient.class);
        assertThat(jdbc.sql("select current_user").query(String.class).single())
            .isEqualTo("trae_runtime");
        assertThat(
                jdbc.sql(
                        """
                        select count(*) from pg_tables
                        where schemaname = 'public' and tableowner <> 'trae_migrator'
                        """)
                    .query(Integer.class)
                    .single())
            .isZero();
        assertThat(
                jdbc.sql("insert into roles (name, permissions) values ('EXT_PROBE', '{}')")
                    .update())
            .isEqualTo(1);
        jdbc.sql(
                """
                insert into audit_events (occurred_at, actor_type, action, summary)
                values (now(), 'system', 'probe', '{}')
                """)
            .update();
        assertThatThrownBy(() -> jdbc.sql("delete from audit_events").update())
            .rootCause()
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("update audit_events set action = 'x'").update())
            .rootCause()
            .hasMessageContaining("permission denied");
        assertThatThrownBy(() -> jdbc.sql("create table intruder (x int)").update())
            .rootCause()
            .hasMessageContaining("permission denied");
      }
    }
  }

  @Test
  void unreachableDatabaseStopsStartupWithOneClearLine() {
    Throwable failure =
        catchFailure(
            "--trae.data.dir=" + dataDir,
            "--trae.database.url=jdbc:postgresql://127.0.0.1:9/trae?password=hunter2",
            "--trae.database.connect-timeout=1s");

    DatabaseUnavailableException cause = find(failure, DatabaseUnavailableException.class);
    FailureAnalysis analysis = new DatabaseFailureAnalyzer().analyze(failure);
    assertThat(analysis.getDescription())
        .startsWith("Cannot connect to PostgreSQL at jdbc:postgresql://127.0.0.1:9/trae:")
        .doesNotContain("hunter2")
        .doesNotContain("\n");
    assertThat(analysis.getAction()).contains("TRAE_DATABASE_URL");
    assertThat(cause).isNotNull();
  }

  @Test
  void invalidSettingStopsStartupNamingTheSetting() {
    Throwable failure =
        catchFailure("--trae.data.dir=" + dataDir, "--trae.database.max-pool-size=1");

    assertThat(find(failure, BindValidationException.class).getMessage()).contains("maxPoolSize");
  }

  @Test
  void unusableDataDirectoryIsExplained() throws Exception {
    Path file = dataDir.resolve("not-a-directory");
    java.nio.file.Files.writeString(file, "x");

    Throwable failure = catchFailure("--trae.data.dir=" + file);

    assertThat(new DatabaseFailureAnalyzer().analyze(failure).getAction())
        .contains("TRAE_DATA_DIR");
  }

  @Test
  void redactsCredentialsFromUrls() {
    assertThat(DatabaseConfiguration.redact("jdbc:postgresql://u:p@db:5432/trae?password=x"))
        .isEqualTo("jdbc:postgresql://db:5432/trae");
  }

  private static ConfigurableApplicationContext start(String... args) {
    return new SpringApplicationBuilder(TraeApplication.class)
        .run(concat(args, "--server.port=0", "--spring.main.register-shutdown-hook=false"));
  }

  private static Throwable catchFailure(String... args) {
    Throwable[] failure = new Throwable[1];
    assertThatThrownBy(() -> start(args).close()).satisfies(ex -> failure[0] = ex);
    return failure[0];
  }

  private static <T extends Throwable> T find(Throwable failure, Class<T> type) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return type.cast(t);
      }
    }
    throw new AssertionError(
        "no " + type.getSimpleName() + " in " + NestedExceptionUtils.getMostSpecificCause(failure));
  }

  private static String[] concat(String[] first, String... more) {
    String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }
}
