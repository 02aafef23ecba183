package ai.trae.content.publishing.deliveryapi;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.EmbeddedRedis;
import io.lettuce.core.RedisClient;
import io.lettuce.core.api.StatefulRedisConnection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Both caches keep the same promise: an item's change drops every answer showing it and every list
 * page, and nothing else. Redis is a real one, shared as two nodes would share it.
 */
class DeliveryCacheTests {

  static EmbeddedRedis redis;
  static RedisClient client;
  static StatefulRedisConnection<String, String> connection;

  @BeforeAll
  static void start() {
    redis = EmbeddedRedis.start();
    client = RedisClient.create(redis.url());
    connection = client.connect();
  }

  @AfterAll
  static void stop() {
    connection.close();
    client.shutdown();
    redis.close();
  }

  static Stream<DeliveryCache> caches() {
    return Stream.of(new LocalDeliveryCache(), new RedisDeliveryCache(connection));
  }

  static Rendered rendered(String body, boolean list, UUID... items) {
    return new Rendered(
        body.getBytes(StandardCharsets.UTF_8), "\"" + body + "\"", "k", List.of(items), list);
  }

  @ParameterizedTest
  @MethodSource("caches")
  void anItemsChangeDropsWhatShowsItAndEveryListButNothingElse(DeliveryCache cache) {
    cache.clear();
    UUID changed = UUID.randomUUID();
    UUID other = UUID.randomUUID();
    cache.put("a", rendered("item a", false, changed), cache.generation());
    cache.put("b", rendered("item b", false, other), cache.generation());
    cache.put("list", rendered("list", true, other), cache.generation());

    assertThat(new String(cache.get("a").body(), StandardCharsets.UTF_8)).isEqualTo("item a");
    assertThat(cache.get("a").etag()).isEqualTo("\"item a\"");
    assertThat(cache.get("a").itemIds()).containsExactly(changed);

    cache.evict(changed);

    assertThat(cache.get("a")).isNull();
    assertThat(cache.get("list")).as("a publish may change any page").isNull();
    assertThat(cache.get("b")).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("caches")
  void anAnswerRenderedBeforeAnEvictionIsNotStoredAfterIt(DeliveryCache cache) {
    cache.clear();
    UUID item = UUID.randomUUID();
    long seen = cache.generation();
    // the item changes and its eviction runs while the old rows are still being rendered
    cache.evict(item);
    cache.put("late", rendered("old text", false, item), seen);

    assertThat(cache.get("late")).isNull();

    cache.put("fresh", rendered("new text", false, item), cache.generation());
    assertThat(cache.get("fresh")).isNotNull();
  }

  @ParameterizedTest
  @MethodSource("caches")
  void clearDropsEverything(DeliveryCache cache) {
    cache.put("x", rendered("x", false, UUID.randomUUID()), cache.generation());
    cache.clear();
    assertThat(cache.get("x")).isNull();
  }

  @org.junit.jupiter.api.Test
  void anotherNodeSeesWhatOneNodeCachedAndWhatItEvicted() {
    DeliveryCache one = new RedisDeliveryCache(connection);
    DeliveryCache two;
    try (StatefulRedisConnection<String, String> second = client.connect()) {
      two = new RedisDeliveryCache(second);
      UUID item = UUID.randomUUID();
      one.put("shared", rendered("shared", false, item), one.generation());
      assertThat(two.get("shared")).isNotNull();
      two.evict(item);
      assertThat(one.get("shared")).isNull();
    }
  }
}
