package ai.trae.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.TraeApplication;
import ai.trae.platform.crypto.TinkSecretBox;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A publication whose listener did not complete before the node stopped is delivered again when the
 * node starts: the outbox row outlives the process. Jobs are off here, so the restart alone does it
 * (no resubmission job).
 */
class OutboxRestartTests {

  public record Probe(UUID id) {}

  /** Not a component: only the contexts started here have it. */
  static class Listener {
    static final AtomicBoolean FAIL = new AtomicBoolean(true);
    static final AtomicInteger CALLS = new AtomicInteger();

    @ApplicationModuleListener
    void on(Probe probe) {
      CALLS.incrementAndGet();
      if (FAIL.get()) {
        throw new IllegalStateException("this node cannot handle it");
      }
    }
  }

  @TempDir Path dir;

  @Test
  void anIncompletePublicationCompletesAfterARestart() throws Exception {
    UUID id = UUID.randomUUID();
    try (EmbeddedPostgres postgres = EmbeddedPostgres.start()) {
      try (ConfigurableApplicationContext first = start(postgres)) {
        first
            .getBean(TransactionTemplate.class)
            .executeWithoutResult(status -> first.publishEvent(new Probe(id)));
        await().atMost(Duration.ofSeconds(10)).until(() -> Listener.CALLS.get() >= 1);
        assertThat(completed(first, id)).isFalse();
      }
      int callsBefore = Listener.CALLS.get();
      Listener.FAIL.set(false);

      try (ConfigurableApplicationContext second = start(postgres)) {
        await()
            .atMost(Duration.ofSeconds(20))
            .untilAsserted(() -> assertThat(completed(second, id)).isTrue());
        assertThat(Listener.CALLS.get()).isGreaterThan(callsBefore);
      }
    }
  }

  private static boolean completed(ConfigurableApplicationContext app, UUID id) {
    return app.getBean(JdbcClient.class)
        .sql(
            """
            select completion_date is not null from event_publication
            where listener_id like '%OutboxRestartTests%' and serialized_event like ?
            """)
        .param("%" + id + "%")
        .query(Boolean.class)
        .single();
  }

  private ConfigurableApplicationContext start(EmbeddedPostgres postgres) throws Exception {
    Path key = dir.resolve("master-key.json");
    if (!Files.exists(key)) {
      Files.writeString(key, TinkSecretBox.newKeysetJson());
    }
    return new SpringApplicationBuilder(TraeApplication.class, Listener.class)
        .run(
            "--server.port=0",
            "--spring.main.register-shutdown-hook=false",
            "--trae.data.dir=" + dir.resolve("data"),
            "--trae.master-key-file=" + key,
            "--trae.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--trae.database.username=postgres",
            "--trae.identity.bcrypt-cost=4",
            "--trae.jobs.enabled=false");
  }
}
