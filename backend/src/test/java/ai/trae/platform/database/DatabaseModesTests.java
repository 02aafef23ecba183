package ai.trae.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.TraeApplication;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
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
      JdbcClient jdbc = app.getBean(JdbcClient.class);
      jdbc.sql("create table restart_probe (note text)").update();
      jdbc.sql("insert into restart_probe values ('written before the restart')").update();
    }

    try (var app = start("--trae.data.dir=" + dataDir)) {
      assertThat(
              app.getBean(JdbcClient.class)
                  .sql("select note from restart_probe")
                  .query(String.class)
                  .single())
          .isEqualTo("written before the restart");
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
