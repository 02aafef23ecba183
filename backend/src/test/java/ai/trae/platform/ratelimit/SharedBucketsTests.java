package ai.trae.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.EmbeddedRedis;
import io.github.bucket4j.TimeMeter;
import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two nodes, each its own Redis client and limiter, against one real Redis. */
class SharedBucketsTests {

  static EmbeddedRedis redis;
  static RedisClient nodeA;
  static RedisClient nodeB;

  final Map<String, RateLimitPolicy> policies =
      Map.of("login-ip", new RateLimitPolicy("login-ip", 5, Duration.ofMinutes(1)));

  @BeforeAll
  static void startRedis() {
    redis = EmbeddedRedis.start();
    nodeA = RedisClient.create(redis.url());
    nodeB = RedisClient.create(redis.url());
  }

  @AfterAll
  static void stopRedis() {
    nodeA.shutdown();
    nodeB.shutdown();
    redis.close();
  }

  @Test
  void consumingOnOneNodeReducesWhatTheOtherSees() {
    try (RedisBucketStore storeA = store(nodeA);
        RedisBucketStore storeB = store(nodeB)) {
      RateLimiter a = new RateLimiter(policies, storeA, true);
      RateLimiter b = new RateLimiter(policies, storeB, true);

      assertThat(a.tryConsume("login-ip", "198.51.100.7").remaining()).isEqualTo(4);
      assertThat(a.tryConsume("login-ip", "198.51.100.7").remaining()).isEqualTo(3);
      assertThat(b.tryConsume("login-ip", "198.51.100.7").remaining()).isEqualTo(2);
      b.tryConsume("login-ip", "198.51.100.7");
      a.tryConsume("login-ip", "198.51.100.7");

      ConsumptionResult refused = b.tryConsume("login-ip", "198.51.100.7");
      assertThat(refused.allowed()).isFalse();
      assertThat(refused.retryAfterSeconds()).isBetween(1L, 12L);
      assertThat(a.tryConsume("login-ip", "198.51.100.8").remaining())
          .as("another client's budget is its own")
          .isEqualTo(4);
    }
  }

  @Test
  void keysArePrefixedHashedAndExpire() {
    try (RedisBucketStore store = store(nodeA);
        StatefulRedisConnection<String, String> connection = nodeA.connect()) {
      new RateLimiter(policies, store, true).tryConsume("login-ip", "alice@example.com");

      String key = RedisBucketStore.redisKey(policies.get("login-ip"), "alice@example.com");
      assertThat(key).startsWith("trae:rl:login-ip:5-60000:").doesNotContain("alice");
      List<String> keys = connection.sync().keys("trae:rl:*");
      assertThat(keys).contains(key).noneMatch(k -> k.contains("alice"));
      // one token used refills in 12 s; the key lives that long plus a little, never forever
      assertThat(connection.sync().pttl(key)).isBetween(1L, 60_000L);
    }
  }

  @Test
  void whenRedisGoesAwayLimitsFallBackToThisNode() {
    EmbeddedRedis doomed = EmbeddedRedis.start();
    RedisClient client = RedisClient.create(doomed.url());
    client.setOptions(
        ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .build());
    try (RedisBucketStore store = store(client)) {
      RateLimiter limiter = new RateLimiter(policies, store, true);
      assertThat(limiter.tryConsume("login-ip", "203.0.113.9").remaining()).isEqualTo(4);

      doomed.close();

      // the local budget starts afresh: an outage weakens limits but never stops requests
      for (int i = 0; i < 5; i++) {
        assertThat(limiter.tryConsume("login-ip", "203.0.113.9").allowed()).isTrue();
      }
      assertThat(limiter.tryConsume("login-ip", "203.0.113.9").allowed()).isFalse();
    } finally {
      client.shutdown(Duration.ZERO, Duration.ofSeconds(1));
    }
  }

  private static RedisBucketStore store(RedisClient client) {
    return new RedisBucketStore(client, new LocalBucketStore(TimeMeter.SYSTEM_NANOTIME, 100));
  }
}
