package ai.trae.platform.ratelimit;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Buckets in this process, one per policy and key, in a bounded map. A bucket left alone for a
 * whole refill period is full again, i.e. no different from a new one, so idle buckets are dropped
 * without changing any answer. The sweep runs on the calling thread at most once per interval (no
 * scheduler to manage). A bucket that still remembers use is never dropped early: that would hand
 * its owner a fresh budget, which is what a flood of invented keys would aim at. When the map is
 * full of such buckets, new keys share one overflow bucket per policy until sweeps make room, so a
 * flood slows newcomers down but neither grows memory nor resets anyone's count.
 */
final class LocalBucketStore implements BucketStore {

  static final Duration SWEEP_INTERVAL = Duration.ofSeconds(30);

  /** How often a full map looks for room: often enough to let newcomers in, cheap under flood. */
  static final Duration FULL_SWEEP_INTERVAL = Duration.ofSeconds(1);

  /** Not a key any caller makes: theirs come after the policy name and one colon. */
  private static final String OVERFLOW = "\u0000overflow";

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
    String name = policy.name() + ':' + key;
    if (buckets.size() >= maxBuckets && !buckets.containsKey(name)) {
      name = policy.name() + OVERFLOW;
    }
    Entry entry =
        buckets.computeIfAbsent(
            name,
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
    boolean due =
        now - last >= SWEEP_INTERVAL.toNanos()
            || (buckets.size() >= maxBuckets && now - last >= FULL_SWEEP_INTERVAL.toNanos());
    // one thread sweeps; the others go on with their request
    if (due && lastSweep.compareAndSet(last, now)) {
      // a bucket touched between the check and the removal loses at most the one token it just
      // gave, and only when it was full anyway
      buckets.values().removeIf(entry -> entry.idleFor(now));
    }
  }

  private record Entry(LocalBucket bucket, long refillNanos, AtomicLong lastUsed) {

    boolean idleFor(long now) {
      return now - lastUsed.get() >= refillNanos;
    }
  }
}
