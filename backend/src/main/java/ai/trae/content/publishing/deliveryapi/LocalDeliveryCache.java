package ai.trae.content.publishing.deliveryapi;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Caffeine, bounded by the bytes it holds (64 MB of JSON). */
final class LocalDeliveryCache implements DeliveryCache {

  static final long MAX_BYTES = 64L << 20;

  private final Cache<String, Rendered> cache =
      Caffeine.newBuilder()
          .maximumWeight(MAX_BYTES)
          .<String, Rendered>weigher((key, value) -> key.length() + value.body().length)
          .expireAfterWrite(TTL)
          .build();
  private final AtomicLong generation = new AtomicLong();

  @Override
  public @Nullable Rendered get(String key) {
    return cache.getIfPresent(key);
  }

  @Override
  public long generation() {
    return generation.get();
  }

  @Override
  public void put(String key, Rendered rendered, long seen) {
    if (generation.get() != seen) {
      return;
    }
    cache.put(key, rendered);
    // an eviction that moved the generation after the check may have scanned before the insert
    if (generation.get() != seen) {
      cache.invalidate(key);
    }
  }

  @Override
  public void evict(UUID itemId) {
    generation.incrementAndGet();
    cache.asMap().values().removeIf(r -> r.list() || r.itemIds().contains(itemId));
  }

  @Override
  public void clear() {
    cache.invalidateAll();
  }
}
