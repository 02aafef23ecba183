package ai.trae.content.publishing.deliveryapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.content.publishing.channel.ChannelRows;
import ai.trae.content.publishing.feed.PullChannels;
import ai.trae.support.Accounts;
import ai.trae.support.EmbeddedRedis;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With {@code TRAE_REDIS_URL} set, rendered answers live in Redis and leave it on a change. */
@IntegrationTest
class DeliveryRedisTests {

  static final EmbeddedRedis redis = EmbeddedRedis.start();

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired ChannelRows rows;
  @Autowired ChannelDirectory directory;
  @Autowired DeliveryCache cache;
  @Autowired StatefulRedisConnection<String, String> connection;

  @DynamicPropertySource
  static void redisUrl(DynamicPropertyRegistry registry) {
    registry.add("trae.redis.url", redis::url);
  }

  @AfterAll
  static void stopRedis() {
    redis.close();
  }

  @Test
  void answersAreSharedThroughRedisAndDroppedThereWhenTheItemChanges() {
    assertThat(cache).isInstanceOf(RedisDeliveryCache.class);
    PullChannels channels = new PullChannels(http, accounts, rows, directory);
    Channel site = channels.channel("shared", "delivery-api", Map.of());
    HttpResponse<String> made =
        channels.send(
            "POST", "/api/v1/channels/" + site.id() + "/delivery-keys", "{\"name\":\"n\"}");
    String key = Http.json(made).get("key").asString();
    var item = channels.publish("Shared", "text", List.of(site.slug()));
    String path = "/api/v1/delivery/" + site.slug() + "/items/" + item.get("slug").asString();

    assertThat(http.get(path, "X-Delivery-Key", key).statusCode()).isEqualTo(200);
    String itemSet = RedisDeliveryCache.PREFIX + "item:" + item.get("id").asString();
    assertThat(connection.sync().smembers(itemSet)).hasSize(1);

    channels.act(UUID.fromString(item.get("id").asString()), "unpublish");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(connection.sync().exists(itemSet)).isZero());
    assertThat(http.get(path, "X-Delivery-Key", key).statusCode()).isEqualTo(404);
  }
}
