package ai.trae.content.publishing.deliveryapi;

import io.lettuce.core.SetArgs;
import io.lettuce.core.api.StatefulRedisConnection;
import io.lettuce.core.api.sync.RedisCommands;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The cache in Redis, shared by every node: each answer under {@code trae:delivery:<key>}, and sets
 * that name the answers showing an item ({@code …:item:<id>}) and the list pages ({@code …:lists}),
 * so one node's invalidation reaches all. Redis trouble costs a render, never a failed request.
 */
final class RedisDeliveryCache implements DeliveryCache {

  private static final Logger log = LoggerFactory.getLogger(RedisDeliveryCache.class);
  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final String PREFIX = "trae:delivery:";
  private static final String LISTS = PREFIX + "lists";
  private static final String GENERATION = PREFIX + "generation";

  private final StatefulRedisConnection<String, String> connection;

  RedisDeliveryCache(StatefulRedisConnection<String, String> connection) {
    this.connection = connection;
  }

  record Stored(String body, String etag, String surrogateKeys, List<UUID> itemIds, boolean list) {}

  @Override
  public @Nullable Rendered get(String key) {
    try {
      String value = connection.sync().get(PREFIX + key);
      if (value == null) {
        return null;
      }
      Stored s = JSON.readValue(value, Stored.class);
      return new Rendered(
          s.body().getBytes(StandardCharsets.UTF_8),
          s.etag(),
          s.surrogateKeys(),
          s.itemIds(),
          s.list());
    } catch (RuntimeException ex) {
      log.warn("Delivery cache read from Redis failed: {}", ex.toString());
      return null;
    }
  }

  @Override
  public long generation() {
    try {
      String value = connection.sync().get(GENERATION);
      return value == null ? 0 : Long.parseLong(value);
    } catch (RuntimeException ex) {
      log.warn("Delivery cache generation read from Redis failed: {}", ex.toString());
      return -1;
    }
  }

  @Override
  public void put(String key, Rendered r, long seen) {
    if (seen < 0 || generation() != seen) {
      return;
    }
    try {
      RedisCommands<String, String> redis = connection.sync();
      String value =
          JSON.writeValueAsString(
              new Stored(
                  new String(r.body(), StandardCharsets.UTF_8),
                  r.etag(),
                  r.surrogateKeys(),
                  r.itemIds(),
                  r.list()));
      long seconds = TTL.toSeconds();
      redis.set(PREFIX + key, value, SetArgs.Builder.ex(seconds));
      List<String> sets = new ArrayList<>();
      if (r.list()) {
        sets.add(LISTS);
      }
      r.itemIds().forEach(id -> sets.add(PREFIX + "item:" + id));
      for (String set : sets) {
        redis.sadd(set, key);
        redis.expire(set, seconds + 60);
      }
      // another node's eviction that moved the generation after the check may have read the
      // sets before this answer joined them
      if (generation() != seen) {
        redis.del(PREFIX + key);
      }
    } catch (RuntimeException ex) {
      log.warn("Delivery cache write to Redis failed: {}", ex.toString());
    }
  }

  @Override
  public void evict(UUID itemId) {
    RedisCommands<String, String> redis = connection.sync();
    redis.incr(GENERATION);
    String itemSet = PREFIX + "item:" + itemId;
    List<String> keys = new ArrayList<>();
    redis.smembers(itemSet).forEach(k -> keys.add(PREFIX + k));
    redis.smembers(LISTS).forEach(k -> keys.add(PREFIX + k));
    keys.add(itemSet);
    keys.add(LISTS);
    redis.del(keys.toArray(String[]::new));
  }

  @Override
  public void clear() {
    RedisCommands<String, String> redis = connection.sync();
    List<String> keys = redis.keys(PREFIX + "*");
    if (!keys.isEmpty()) {
      redis.del(keys.toArray(String[]::new));
    }
  }
}
