package ai.trae.platform.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.support.IntegrationTest;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A listener that fails once is run again by the resubmission job, and its publication completes.
 */
@IntegrationTest
@Import(OutboxRetryTests.FailsOnce.class)
@TestPropertySource(
    properties = {
      "trae.jobs.polling-interval=200ms",
      "trae.events.resubmit-every=1s",
      "trae.events.resubmit-after=1s"
    })
class OutboxRetryTests {

  public record Probe(UUID id) {}

  /** Not a component: only this test's context has it. */
  static class FailsOnce {
    static final Map<UUID, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    @ApplicationModuleListener
    void on(Probe probe) {
      if (CALLS.computeIfAbsent(probe.id(), id -> new AtomicInteger()).incrementAndGet() == 1) {
        throw new IllegalStateException("the first delivery fails");
      }
    }
  }

  @Autowired TransactionTemplate transaction;
  @Autowired ApplicationEventPublisher events;
  @Autowired JdbcClient jdbc;

  @Test
  void aListenerThatFailsOnceIsRetriedAndThePublicationCompletes() {
    UUID id = UUID.randomUUID();

    transaction.executeWithoutResult(status -> events.publishEvent(new Probe(id)));

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> FailsOnce.CALLS.getOrDefault(id, new AtomicInteger()).get() >= 1);
    await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(completed(id)).isTrue());
    assertThat(FailsOnce.CALLS.get(id).get()).isEqualTo(2);
  }

  private boolean completed(UUID id) {
    return jdbc.sql(
            """
            select completion_date is not null from event_publication
            where listener_id like '%FailsOnce%' and serialized_event like ?
            """)
        .param("%" + id + "%")
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }
}
