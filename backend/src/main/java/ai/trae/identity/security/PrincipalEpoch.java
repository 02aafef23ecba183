package ai.trae.identity.security;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The database's {@code principal_epoch}: a counter that triggers bump in the same transaction as
 * anything that changes who a session's caller is (a sign-out, a revoked session, a disabled user,
 * a role or permission change, on any node). A cached caller is used only while the epoch is the
 * one it was read at.
 *
 * <p>Every request needs an epoch read that started after the request arrived, or it could miss a
 * sign-out that committed just before it. Requests that arrive while a read is under way share the
 * next one, so under load one tiny primary-key read serves a whole batch of requests instead of
 * each running the session join (read batching, as group commit does for writes). A single reader
 * thread runs the reads back to back; a request waits at most for the end of the read in flight
 * plus its own.
 */
@Component
public class PrincipalEpoch implements SmartLifecycle {

  private final JdbcClient jdbc;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition requested = lock.newCondition();
  private @Nullable CompletableFuture<Long> next;
  private @Nullable Thread reader;
  private volatile boolean running;
  private volatile @Nullable Reading last;

  private record Reading(long value, long startedNanos) {}

  PrincipalEpoch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The epoch as of some moment after this call began. */
  public long current() {
    CompletableFuture<Long> read;
    lock.lock();
    try {
      if (!running) {
        return readNow();
      }
      if (next == null) {
        next = new CompletableFuture<>();
        requested.signal();
      }
      read = next;
    } finally {
      lock.unlock();
    }
    try {
      return read.join();
    } catch (CompletionException ex) {
      throw ex.getCause() instanceof RuntimeException runtime ? runtime : ex;
    }
  }

  /**
   * The epoch as of at most {@code maxAgeMillis} ago: the last value this node read when that read
   * is recent enough (under load, every request refreshes it), else a fresh one. For caches that
   * may lag an edit by a moment but never by more than that (names shown next to content).
   */
  public long recent(long maxAgeMillis) {
    Reading reading = last;
    if (reading != null && System.nanoTime() - reading.startedNanos() <= maxAgeMillis * 1_000_000) {
      return reading.value();
    }
    return current();
  }

  private long readNow() {
    long started = System.nanoTime();
    long value =
        jdbc.sql("select value from principal_epoch where id = 1").query(Long.class).single();
    last = new Reading(value, started);
    return value;
  }

  private void serve() {
    while (running) {
      CompletableFuture<Long> batch;
      lock.lock();
      try {
        while (running && next == null) {
          requested.awaitUninterruptibly();
        }
        batch = next;
        next = null;
      } finally {
        lock.unlock();
      }
      if (batch == null) {
        continue;
      }
      try {
        batch.complete(readNow());
      } catch (RuntimeException ex) {
        batch.completeExceptionally(ex);
      }
    }
  }

  @Override
  public void start() {
    running = true;
    reader = Thread.ofPlatform().name("principal-epoch").daemon().start(this::serve);
  }

  @Override
  public void stop() {
    lock.lock();
    try {
      running = false;
      requested.signalAll();
      if (next != null) {
        next.completeExceptionally(new IllegalStateException("Shutting down"));
        next = null;
      }
    } finally {
      lock.unlock();
    }
    reader = null;
  }

  @Override
  public boolean isRunning() {
    return running;
  }
}
