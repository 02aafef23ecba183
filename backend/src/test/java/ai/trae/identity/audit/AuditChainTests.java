package ai.trae.identity.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.platform.crypto.DerivedKeys;
import ai.trae.support.EmbeddedDatabase;
import ai.trae.support.IntegrationTest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Entries commit with their writes, and are linked after commit into one chain, in order. */
@IntegrationTest
class AuditChainTests {

  @Autowired AuditLog audit;
  @Autowired AuditEvents events;
  @Autowired AuditChainer chainer;
  @Autowired JdbcClient jdbc;
  @Autowired DerivedKeys keys;
  @Autowired PlatformTransactionManager transactionManager;
  @Autowired TransactionTemplate transactions;
  @Autowired ApplicationContext app;

  @BeforeEach
  void createScratchTable() throws Exception {
    owner("create table if not exists audit_chain_writes (marker text primary key)");
  }

  @AfterEach
  void dropScratchTable() throws Exception {
    owner("drop table if exists audit_chain_writes");
  }

  @Test
  void aWriteRolledBackTakesItsEntryWithIt() {
    String marker = UUID.randomUUID().toString();

    transactions.executeWithoutResult(
        tx -> {
          write(marker);
          tx.setRollbackOnly();
        });

    assertThat(writes(marker)).isZero();
    assertThat(entries(marker)).isZero();
  }

  @Test
  void anEntryThatCannotBeWrittenTakesTheWriteWithIt() {
    String marker = UUID.randomUUID().toString();

    assertThatThrownBy(
            () ->
                transactions.executeWithoutResult(
                    tx -> {
                      jdbc.sql("insert into audit_chain_writes (marker) values (?)")
                          .param(marker)
                          .update();
                      // no action: the audit_events insert fails on its not-null constraint
                      audit.record(
                          new AuditEvent(null, AuditEvent.Actor.system(), "w", marker, Map.of()));
                    }))
        .hasMessageContaining("action");

    assertThat(writes(marker)).isZero();
    assertThat(entries(marker)).isZero();
  }

  @Test
  void aWriteCommittedCommitsItsEntryAndTheEntryIsLinked() {
    String marker = UUID.randomUUID().toString();

    transactions.executeWithoutResult(tx -> write(marker));

    assertThat(writes(marker)).isOne();
    assertThat(entries(marker)).isOne();
    AuditEvents.Verification verification = events.verify();
    assertThat(verification.valid()).as(verification.toString()).isTrue();
    assertThat(
            jdbc.sql("select chain_seq is not null from audit_events where target_id = ?")
                .param(marker)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  /**
   * An entry whose transaction is still open when later ones commit is not skipped and leaves no
   * gap: the later ones are linked first, it follows when it commits.
   */
  @Test
  void theChainFollowsCommitOrderNotInsertOrder() throws Exception {
    String early = UUID.randomUUID().toString();
    String late = UUID.randomUUID().toString();
    CountDownLatch inserted = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (ExecutorService pool = Executors.newSingleThreadExecutor()) {
      Future<?> open =
          pool.submit(
              () ->
                  transactions.executeWithoutResult(
                      tx -> {
                        write(early);
                        inserted.countDown();
                        await(release);
                      }));
      assertThat(inserted.await(10, TimeUnit.SECONDS)).isTrue();
      transactions.executeWithoutResult(tx -> write(late));

      AuditEvents.Verification meanwhile = events.verify();
      assertThat(meanwhile.valid()).as(meanwhile.toString()).isTrue();
      assertThat(chainSeq(late)).isNotNull();

      release.countDown();
      open.get(10, TimeUnit.SECONDS);
    }
    AuditEvents.Verification after = events.verify();
    assertThat(after.valid()).as(after.toString()).isTrue();
    assertThat(id(early)).isLessThan(id(late));
    assertThat(chainSeq(early)).isGreaterThan(chainSeq(late));
    assertOneChainWithoutGaps(jdbc);
  }

  /** What two nodes on one database do: two chainers linking at once never fork the chain. */
  @Test
  void twoChainersAtOnceNeverForkTheChain() throws Exception {
    AuditChainer otherNode = new AuditChainer(jdbc, keys, transactionManager);
    AtomicBoolean stop = new AtomicBoolean();
    List<Future<?>> tasks = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
      for (int w = 0; w < 4; w++) {
        tasks.add(
            pool.submit(
                () -> {
                  while (!stop.get()) {
                    transactions.executeWithoutResult(tx -> write(UUID.randomUUID().toString()));
                  }
                }));
      }
      for (int c = 0; c < 4; c++) {
        // both nodes, each once waiting for the lock (as verify does) and once giving way
        AuditChainer each = c % 2 == 0 ? chainer : otherNode;
        boolean waits = c < 2;
        tasks.add(
            pool.submit(
                () -> {
                  while (!stop.get()) {
                    each.chain(waits);
                  }
                }));
      }
      Thread.sleep(2000);
      stop.set(true);
      for (Future<?> task : tasks) {
        task.get(30, TimeUnit.SECONDS);
      }
    }
    AuditEvents.Verification verification = events.verify();
    assertThat(verification.valid()).as(verification.toString()).isTrue();
    assertThat(verification.pending()).isZero();
    assertOneChainWithoutGaps(jdbc);
  }

  /** Positions 1…n, each once, every row linked, no two rows linked to the same predecessor. */
  static void assertOneChainWithoutGaps(JdbcClient jdbc) {
    var shape =
        jdbc.sql(
                """
                select count(*) as rows, count(chain_seq) as linked, min(chain_seq) as first,
                       max(chain_seq) as last, count(distinct chain_seq) as positions,
                       count(prev_hash) - count(distinct prev_hash) as forks
                from audit_events
                """)
            .query()
            .singleRow();
    long rows = ((Number) shape.get("rows")).longValue();
    assertThat(((Number) shape.get("linked")).longValue()).as("linked").isEqualTo(rows);
    assertThat(((Number) shape.get("first")).longValue()).as("first").isOne();
    assertThat(((Number) shape.get("last")).longValue()).as("last").isEqualTo(rows);
    assertThat(((Number) shape.get("positions")).longValue()).as("positions").isEqualTo(rows);
    assertThat(((Number) shape.get("forks")).longValue()).as("forks").isZero();
  }

  private void write(String marker) {
    jdbc.sql("insert into audit_chain_writes (marker) values (?)").param(marker).update();
    audit.record(AuditEvent.of("test.write", AuditEvent.Actor.system()).target("w", marker));
  }

  private long writes(String marker) {
    return jdbc.sql("select count(*) from audit_chain_writes where marker = ?")
        .param(marker)
        .query(Long.class)
        .single();
  }

  private long entries(String marker) {
    return jdbc.sql("select count(*) from audit_events where target_id = ?")
        .param(marker)
        .query(Long.class)
        .single();
  }

  private long id(String marker) {
    return jdbc.sql("select id from audit_events where target_id = ?")
        .param(marker)
        .query(Long.class)
        .single();
  }

  private @Nullable Long chainSeq(String marker) {
    return jdbc.sql("select chain_seq from audit_events where target_id = ?")
        .param(marker)
        .query(Long.class)
        .list()
        .getFirst();
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  private void owner(String sql) throws Exception {
    try (var connection = EmbeddedDatabase.owner(app);
        var statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }
}
