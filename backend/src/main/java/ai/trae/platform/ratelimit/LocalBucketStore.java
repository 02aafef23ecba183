package ai.trae.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucket;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buckets in this process, one per policy and key, in a bounded map. A bucket left alone for a
 * whole refill period is full again, i.e. no different from a new one, so idle buckets are dropped
 * without changing any answer. The sweep runs on the calling thread at most once per interval (no
 * scheduler to manage); if the map still exceeds its bound, for instance under a flood of invented
 * keys, the least recently used buckets go, which at worst hands their owners a fresh budget.
 */
final class LocalBucketStore implements BucketStore {

  static final Duration SWEEP_INTERVAL = Duration.ofSeconds(30);

  private final Map<String, Entry> buckets = new ConcurrentHashMap<>();
  private final TimeMeter clock;
  private final int maxBuckets;
  private final AtomicLong lastSweep;

  LocalBucketStore(TimeMeter clock, int maxBuckets) {
    this.clock = clock;
    this.maxBuckets = maxBuckets;
    this.lastSweep = new AtomicLong(clock.currentTimeNanos());
  }

  @Override
  public ConsumptionProbe tryConsume(RateLimitPolicy policy, String key) {
    long now = clock.currentTimeNanos();
    sweepIfDue(now);
    Entry entry =
        buckets.computeIfAbsent(
            policy.name() + ':' + key,
            ignored ->
                new Entry(
                    Bucket.builder()
                        .withCustomTimePrecision(clock)
                        .addLimit(
                            limit ->
                                limit
                                    .capacity(policy.capacity())
                                    .refillGreedy(policy.capacity(), policy.refillPeriod()))
                        .build(),
                    policy.refillPeriod().toNanos(),
                    new AtomicLong(now)));
    entry.lastUsed.set(now);
    return entry.bucket.tryConsumeAndReturnRemaining(1);
  }

  @Override
  public String describe() {
    return "in this process (up to " + maxBuckets + " clients)";
  }

  int size() {
    return buckets.size();
  }

  private void sweepIfDue(long now) {
    long last = lastSweep.get();
    boolean due = now - last >= SWEEP_INTERVAL.toNanos() || buckets.size() > maxBuckets;
    // one thread sweeps; the others go on with their request
    if (due && lastSweep.compareAndSet(last, now)) {
      sweep(now);
    }
  }

  private void sweep(long now) {
    // a bucket touched between the check and the removal loses at most the one token it just
    // gave, and only when it was full anyway
    buckets.values().removeIf(entry -> entry.idleFor(now));
    int excess = buckets.size() - maxBuckets;
    if (excess > 0) {
      // down to 90% so that a flood does not make every call sort the map again
      int drop = excess + maxBuckets / 10;
      List<Map.Entry<String, Entry>> oldest =
          buckets.entrySet().stream()
              .sorted(Comparator.comparingLong(e -> e.getValue().lastUsed.get()))
              .limit(drop)
              .toList();
      oldest.forEach(e -> buckets.remove(e.getKey(), e.getValue()));
    }
  }

  private record Entry(LocalBucket bucket, long refillNanos, AtomicLong lastUsed) {

    boolean idleFor(long now) {
      return now - lastUsed.get() >= refillNanos;
    }
  }
}
