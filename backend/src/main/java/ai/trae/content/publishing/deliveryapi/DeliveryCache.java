package ai.trae.content.publishing.deliveryapi;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Rendered delivery answers: in this process on one node, in Redis when {@code TRAE_REDIS_URL} is
 * set so that every node shares one cache and one invalidation. Entries live {@link #TTL} at most,
 * which bounds what a lost invalidation could leave stale.
 */
interface DeliveryCache {

  java.time.Duration TTL = java.time.Duration.ofMinutes(10);

  @Nullable Rendered get(String key);

  void put(String key, Rendered rendered);

  /** Drops every answer that shows this item, and every list page (a publish changes them). */
  void evict(UUID itemId);

  /** Drops everything, for tests and for an unreadable event. */
  void clear();
}
