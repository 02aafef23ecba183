package ai.trae.platform.ratelimit;

import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.redis.lettuce.Bucket4jLettuce;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.codec.ByteArrayCodec;
import io.lettuce.core.codec.RedisCodec;
import io.lettuce.core.codec.StringCodec;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Buckets in Redis, shared by every node (Bucket4j's compare-and-swap over Lettuce). Each key
 * expires once its bucket would be full again, so Redis holds only clients seen in the last refill
 * period. If Redis fails, limits fall back to this node's buckets: an outage weakens limits instead
 * of refusing or stalling every request (readiness reports the outage).
 */
final class RedisBucketStore implements BucketStore, AutoCloseable {

  static final String KEY_PREFIX = "trae:rl:";

  /** How long a full bucket stays after it refilled, so a returning client reads it, not a miss. */
  static final Duration KEEP_AFTER_REFILL = Duration.ofSeconds(10);

  static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(1);

  private static final Logger log = LoggerFactory.getLogger(RedisBucketStore.class);
  private static final long WARN_EVERY_NANOS = Duration.ofMinutes(1).toNanos();

  private final StatefulRedisConnection<String, byte[]> connection;
  private final ProxyManager<String> buckets;
  private final BucketStore fallback;
  private final AtomicLong lastWarning = new AtomicLong(System.nanoTime() - WARN_EVERY_NANOS);

  RedisBucketStore(RedisClient client, BucketStore fallback) {
    this.connection = client.connect(RedisCodec.of(StringCodec.UTF8, ByteArrayCodec.INSTANCE));
    this.buckets =
        Bucket4jLettuce.casBasedBuilder(connection)
            .expirationAfterWrite(
                ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(
                    KEEP_AFTER_REFILL))
            .requestTimeout(REQUEST_TIMEOUT)
            .build();
    this.fallback = fallback;
  }

  @Override
  public ConsumptionProbe tryConsume(RateLimitPolicy policy, String key) {
    try {
      return buckets
          .builder()
          .build(redisKey(policy, key), policy::bucketConfiguration)
          .tryConsumeAndReturnRemaining(1);
    } catch (RuntimeException e) {
      warnNowAndThen(e);
      return fallback.tryConsume(policy, key);
    }
  }

  @Override
  public String describe() {
    return "in Redis, shared by every node";
  }

  /**
   * The policy's capacity and period are part of the key so that a changed setting takes effect at
   * once instead of when old buckets expire; the client key is hashed so that account names and
   * addresses are not readable in Redis and odd characters cannot shape the key.
   */
  static String redisKey(RateLimitPolicy policy, String key) {
    return KEY_PREFIX
        + policy.name()
        + ':'
        + policy.capacity()
        + '-'
        + policy.refillPeriod().toMillis()
        + ':'
        + Keys.sha256(key);
  }

  private void warnNowAndThen(RuntimeException e) {
    long now = System.nanoTime();
    long last = lastWarning.get();
    if (now - last >= WARN_EVERY_NANOS && lastWarning.compareAndSet(last, now)) {
      log.warn(
          "Redis unavailable for rate limits; counting on this node meanwhile: {}", e.toString());
    }
  }

  @Override
  public void close() {
    connection.close();
  }
}
