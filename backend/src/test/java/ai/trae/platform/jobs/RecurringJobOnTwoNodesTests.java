package ai.trae.platform.jobs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.TraeApplication;
import ai.trae.platform.crypto.TinkSecretBox;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two TRAE nodes on one PostgreSQL, both running jobs: a recurring task runs once per interval in
 * total, not once per node, and no interval is skipped.
 */
class RecurringJobOnTwoNodesTests {

  static final Duration INTERVAL = Duration.ofSeconds(1);

  /** What a one-time job is given; stored as JSON. */
  public record Greeting(String to, int times) {}

  /** Not a component: only the two nodes started here have the tasks. */
  static class CountedTask {
    @Bean
    OneTimeTask<Greeting> greet(JdbcClient jdbc, Environment environment) {
      String node = environment.getRequiredProperty("test.node");
      return Tasks.oneTime("test.greet", Greeting.class)
          .execute(
              (instance, context) ->
                  jdbc.sql("insert into probe.greetings (node, greeting) values (?, ?)")
                      .params(node, instance.getData().to() + "x" + instance.getData().times())
                      .update());
    }

    @Bean
    RecurringTask<Void> countedTask(JdbcClient jdbc, Environment environment) {
      String node = environment.getRequiredProperty("test.node");
      return Jobs.every(
          "test.counted",
          INTERVAL,
          () ->
              jdbc.sql("insert into probe.job_runs (node, ran_at) values (?, clock_timestamp())")
                  .param(node)
                  .update());
    }
  }

  @TempDir static Path dir;
  static EmbeddedPostgres postgres;
  static ConfigurableApplicationContext a;
  static ConfigurableApplicationContext b;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    postgres = EmbeddedPostgres.start();
    try (Connection c = postgres.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      // outside the public schema, which Flyway expects to find empty
      s.execute("create schema probe");
      s.execute("create table probe.job_runs (node text not null, ran_at timestamptz not null)");
      s.execute("create table probe.greetings (node text not null, greeting text not null)");
    }
    Files.writeString(dir.resolve("master-key.json"), TinkSecretBox.newKeysetJson());
    a = node("a");
    b = node("b");
  }

  @AfterAll
  static void stop() throws Exception {
    b.close();
    a.close();
    postgres.close();
  }

  @Test
  void aRecurringTaskRunsOncePerIntervalAcrossBothNodes() throws Exception {
    Instant from = Instant.now();
    Thread.sleep(INTERVAL.multipliedBy(6).toMillis());
    Instant to = Instant.now();

    List<Instant> runs = new ArrayList<>();
    List<String> nodes = new ArrayList<>();
    a.getBean(JdbcClient.class)
        .sql("select node, ran_at from probe.job_runs where ran_at between ? and ? order by ran_at")
        .params(Timestamp.from(from), Timestamp.from(to))
        .query(
            (rs, n) -> {
              nodes.add(rs.getString("node"));
              return runs.add(rs.getTimestamp("ran_at").toInstant());
            })
        .list();

    // six intervals: five or six runs (the window need not start on a run); never two at once
    assertThat(runs).as("runs by %s", nodes).hasSizeBetween(5, 6);
    for (int i = 1; i < runs.size(); i++) {
      Duration gap = Duration.between(runs.get(i - 1), runs.get(i));
      assertThat(gap).as("gap %d of %s", i, runs).isGreaterThanOrEqualTo(INTERVAL);
      // one polling interval late at most, plus scheduling noise on a busy machine
      assertThat(gap).as("gap %d of %s", i, runs).isLessThan(INTERVAL.multipliedBy(2));
    }
  }

  @Test
  void aOneTimeJobRunsOnceWithItsDataStoredAsJson() throws Exception {
    Jobs jobs = b.getBean(Jobs.class);
    @SuppressWarnings("unchecked")
    OneTimeTask<Greeting> greet = b.getBean("greet", OneTimeTask.class);

    assertThat(
            jobs.schedule(
                greet, "later", new Greeting("later", 1), Instant.now().plusSeconds(3600)))
        .isTrue();
    assertThat(
            jobs.schedule(
                greet, "later", new Greeting("later", 2), Instant.now().plusSeconds(3600)))
        .as("one execution per id")
        .isFalse();
    String stored =
        a.getBean(JdbcClient.class)
            .sql(
                "select convert_from(task_data, 'UTF8') from scheduled_tasks"
                    + " where task_name = 'test.greet' and task_instance = 'later'")
            .query(String.class)
            .single();
    assertThat(stored).isEqualTo("{\"to\":\"later\",\"times\":1}");
    assertThat(jobs.cancel(greet, "later")).isTrue();
    assertThat(jobs.cancel(greet, "later")).isFalse();

    assertThat(jobs.schedule(greet, "now", new Greeting("now", 3), Instant.now())).isTrue();
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        a.getBean(JdbcClient.class)
                            .sql("select greeting from probe.greetings")
                            .query(String.class)
                            .list())
                    .containsExactly("nowx3"));
    Thread.sleep(500); // a second run, were there one, would show by now
    assertThat(
            a.getBean(JdbcClient.class)
                .sql("select count(*) from probe.greetings")
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  private static ConfigurableApplicationContext node(String name) {
    return new SpringApplicationBuilder(TraeApplication.class, CountedTask.class)
        .run(
            "--server.port=0",
            "--spring.main.register-shutdown-hook=false",
            "--test.node=" + name,
            "--trae.data.dir=" + dir.resolve(name),
            "--trae.master-key-file=" + dir.resolve("master-key.json"),
            "--trae.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--trae.database.username=postgres",
            "--trae.identity.bcrypt-cost=4",
            "--trae.jobs.polling-interval=100ms");
  }
}
