package ai.trae.identity.audit;

import ai.trae.platform.crypto.DerivedKeys;
import ai.trae.platform.crypto.DerivedKeys.DerivedKey;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Links committed audit rows into the chain, in the order it finds them committed. Writers never
 * wait for it: they insert sealed, unlinked rows and ask for a pass after their commit. One chainer
 * runs at a time across every node on the database, by a transaction-scoped advisory lock that only
 * the chainer's own short transaction takes; a node that finds it taken tries again shortly, and
 * every node sweeps once a second for rows whose node stopped before linking them.
 *
 * <p>Sequence values are handed out in one order and committed in another, and a gap may be a
 * rollback or a transaction still open. So the chain does not follow {@code id}: each pass links
 * the rows it can see unlinked (committed, since it reads committed data only) after the current
 * tail, numbering them {@code chain_seq} = tail + 1, + 2, …. A row still being written is invisible
 * and is linked by a later pass; nothing is ever skipped or left behind a gap.
 */
@Component
class AuditChainer implements SmartLifecycle {

  private static final Logger log = LoggerFactory.getLogger(AuditChainer.class);
  private static final long CHAIN_LOCK = 0x7472_6165_6175_6431L; // "traeaud1"
  private static final int BATCH = 500;
  private static final HexFormat HEX = HexFormat.of();
  private static final int BATCHES_PER_TRANSACTION = 20;
  private static final Duration SWEEP = Duration.ofSeconds(1);
  private static final Duration BUSY_RETRY = Duration.ofMillis(50);

  private final JdbcClient jdbc;
  private final DerivedKeys keys;
  private final TransactionTemplate transactions;
  private final AtomicBoolean queued = new AtomicBoolean();
  private volatile @Nullable ScheduledExecutorService executor;

  AuditChainer(JdbcClient jdbc, DerivedKeys keys, PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.transactions = new TransactionTemplate(transactionManager);
    // each statement sees what committed before it, in particular the previous chainer's links
    transactions.setIsolationLevel(TransactionDefinition.ISOLATION_READ_COMMITTED);
    transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    transactions.setTimeout(60);
  }

  /**
   * Called after an audited transaction commits: one pass on this node's chainer thread, however
   * many commits ask at once. Never waits and never throws, as the caller has committed already.
   */
  void requestPass() {
    ScheduledExecutorService running = executor;
    if (running != null && queued.compareAndSet(false, true)) {
      try {
        running.execute(this::drain);
      } catch (RejectedExecutionException stopping) {
        queued.set(false);
      }
    }
  }

  private void drain() {
    // cleared first: a commit during this pass asks for one more, so none is left unlinked
    queued.set(false);
    try {
      if (!chain(false)) {
        ScheduledExecutorService running = executor;
        if (running != null) {
          running.schedule(this::requestPass, BUSY_RETRY.toMillis(), TimeUnit.MILLISECONDS);
        }
      }
    } catch (RuntimeException ex) {
      log.warn("Linking audit rows into the chain failed; the next pass tries again", ex);
    }
  }

  /**
   * Links every row committed unlinked so far.
   *
   * @param wait wait for another chainer to finish (verification does) rather than give way
   * @return false when another chainer was busy and {@code wait} was false
   */
  boolean chain(boolean wait) {
    while (true) {
      Integer linked = transactions.execute(tx -> pass(wait));
      if (linked == null) {
        return false;
      }
      if (linked < BATCH * BATCHES_PER_TRANSACTION) {
        return true;
      }
    }
  }

  private @Nullable Integer pass(boolean wait) {
    if (wait) {
      jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
    } else if (!jdbc.sql("select pg_try_advisory_xact_lock(?)")
        .param(CHAIN_LOCK)
        .query(Boolean.class)
        .single()) {
      return null;
    }
    Tail tail =
        jdbc.sql(
                "select chain_seq, hash from audit_events where chain_seq is not null"
                    + " order by chain_seq desc limit 1")
            .query((rs, n) -> new Tail(rs.getLong("chain_seq"), rs.getBytes("hash")))
            .optional()
            .orElse(new Tail(0, null));
    int linked = 0;
    for (int b = 0; b < BATCHES_PER_TRANSACTION; b++) {
      List<ChainRow> rows =
          jdbc.sql(ChainRow.SELECT + " where chain_seq is null order by id limit ?")
              .param(BATCH)
              .query(ChainRow::of)
              .list();
      int size = rows.size();
      Long[] seqs = new Long[size];
      String[] prevs = new String[size];
      String[] hashes = new String[size];
      Long[] ids = new Long[size];
      for (int i = 0; i < size; i++) {
        ChainRow row = rows.get(i);
        DerivedKey key = keyOf(row);
        byte[] hash = AuditChain.mac(key.key(), key.masterKeyId(), row.content(), tail.hash());
        seqs[i] = tail.seq() + 1;
        prevs[i] = tail.hash() == null ? null : HEX.formatHex(tail.hash());
        hashes[i] = HEX.formatHex(hash);
        ids[i] = row.id();
        tail = new Tail(tail.seq() + 1, hash);
      }
      // one statement per batch: row-by-row updates cost a round trip and a plan each
      if (size > 0
          && jdbc.sql(
                      """
                  update audit_events a
                  set chain_seq = v.seq, prev_hash = decode(v.prev, 'hex'),
                      hash = decode(v.hash, 'hex')
                  from unnest(?::bigint[], ?::text[], ?::text[], ?::bigint[]) as v(seq, prev, hash, id)
                  where a.id = v.id and a.chain_seq is null
                  """)
                  .params(seqs, prevs, hashes, ids)
                  .update()
              != size) {
        throw new IllegalStateException("An audit row was linked by someone else meanwhile");
      }
      linked += rows.size();
      if (rows.size() < BATCH) {
        break;
      }
    }
    return linked;
  }

  /**
   * The key the row was sealed with. A row written without one, or under a key this node lacks, is
   * linked under the current key: verification reports it ({@code unkeyed}, {@code unknown-key})
   * all the same, and the rows after it still link to it.
   */
  private DerivedKey keyOf(ChainRow row) {
    return (row.macKeyId() == null
            ? java.util.Optional.<DerivedKey>empty()
            : keys.forMasterKey(AuditChain.KEY_PURPOSE, row.macKeyId()))
        .orElseGet(() -> keys.current(AuditChain.KEY_PURPOSE));
  }

  private record Tail(long seq, byte @Nullable [] hash) {}

  @Override
  public void start() {
    ScheduledExecutorService started =
        Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("audit-chainer").daemon().factory());
    executor = started;
    started.scheduleWithFixedDelay(this::requestPass, 0, SWEEP.toMillis(), TimeUnit.MILLISECONDS);
  }

  @Override
  public void stop() {
    ScheduledExecutorService running = executor;
    executor = null;
    if (running != null) {
      running.shutdownNow();
      try {
        running.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
      }
    }
  }

  @Override
  public boolean isRunning() {
    return executor != null;
  }
}
