package ai.trae.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.support.EmbeddedDatabase;
import ai.trae.support.IntegrationTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Many transactions, each a write and its audit entry, at once: the chain stays one valid chain
 * without gaps. The run lasts {@code trae.audit.bench.seconds} (5 s by default; the figures in
 * docs/operations.md come from {@code -Dtrae.audit.bench.seconds=30}) and prints the audited writes
 * per second and how far the chainer lagged behind.
 */
@IntegrationTest
class ConcurrentAuditTests {

  private static final int THREADS = 64;

  /**
   * Record the entry before the write ({@code -Dtrae.audit.bench.audit-first=true}), as services
   * often do; the entry then shares its transaction with the write that follows it.
   */
  private static final boolean AUDIT_FIRST = Boolean.getBoolean("trae.audit.bench.audit-first");

  /**
   * How long each transaction stays open after its entry ({@code -Dtrae.audit.bench.hold-ms=5}),
   * for the work a caller still does before it commits; 0 by default.
   */
  private static final long HOLD_MS = Long.getLong("trae.audit.bench.hold-ms", 0);

  @Autowired AuditLog audit;
  @Autowired AuditEvents events;
  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationContext app;

  @BeforeEach
  void createScratchTable() throws Exception {
    owner(
        "create table if not exists audit_bench_writes (id bigint generated always as identity"
            + " primary key, worker int not null, n int not null)");
  }

  @AfterEach
  void dropScratchTable() throws Exception {
    owner("drop table if exists audit_bench_writes");
  }

  @Test
  void concurrentAuditedWritesMakeOneValidChain() throws Exception {
    long seconds = Long.getLong("trae.audit.bench.seconds", 5);
    long before = jdbc.sql("select count(*) from audit_events").query(Long.class).single();
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<Integer>> workers = new ArrayList<>();
    long started = System.nanoTime();
    AtomicLong maxUnlinked = new AtomicLong(-1);
    try (ExecutorService pool = Executors.newFixedThreadPool(THREADS + 1)) {
      for (int t = 0; t < THREADS; t++) {
        int worker = t;
        workers.add(pool.submit(() -> writeUntil(stop, worker)));
      }
      pool.submit(() -> sampleUnlinked(stop, maxUnlinked));
      Thread.sleep(Duration.ofSeconds(seconds));
      stop.set(true);
    }
    double elapsed = (System.nanoTime() - started) / 1e9;
    int written = 0;
    for (Future<Integer> w : workers) {
      written += w.get();
    }
    System.out.printf(
        "AUDIT-BENCH threads=%d audit-first=%s hold-ms=%d seconds=%.1f audited-writes=%d"
            + " writes/s=%.0f max-unlinked=%d%n",
        THREADS, AUDIT_FIRST, HOLD_MS, elapsed, written, written / elapsed, maxUnlinked.get());

    AuditEvents.Verification verification = events.verify();
    assertThat(verification.valid()).as(verification.toString()).isTrue();
    assertThat(verification.pending()).isZero();
    AuditChainTests.assertOneChainWithoutGaps(jdbc);
    assertThat(jdbc.sql("select count(*) from audit_events").query(Long.class).single())
        .isEqualTo(before + written);
    assertThat(jdbc.sql("select count(*) from audit_bench_writes").query(Long.class).single())
        .isEqualTo(written);
  }

  private int writeUntil(AtomicBoolean stop, int worker) {
    int n = 0;
    while (!stop.get()) {
      int i = n;
      transactions.executeWithoutResult(
          tx -> {
            if (!AUDIT_FIRST) {
              write(worker, i);
            }
            audit.record(
                AuditEvent.of("bench.write", AuditEvent.Actor.system())
                    .target("bench", worker + "-" + i)
                    .with("n", i));
            if (AUDIT_FIRST) {
              write(worker, i);
            }
            if (HOLD_MS > 0) {
              sleep(HOLD_MS);
            }
          });
      n++;
    }
    return n;
  }

  /** How far the chainer lags behind the writers: rows committed but not linked yet. */
  private void sampleUnlinked(AtomicBoolean stop, AtomicLong max) {
    while (!stop.get()) {
      try {
        max.accumulateAndGet(
            jdbc.sql("select count(*) from audit_events where chain_seq is null")
                .query(Long.class)
                .single(),
            Math::max);
      } catch (DataAccessException beforeTheChainer) {
        return; // the table as it was before links were made after commit
      }
      sleep(200);
    }
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }

  private void write(int worker, int n) {
    jdbc.sql("insert into audit_bench_writes (worker, n) values (?, ?)").params(worker, n).update();
  }

  private void owner(String sql) throws Exception {
    try (var connection = EmbeddedDatabase.owner(app);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
