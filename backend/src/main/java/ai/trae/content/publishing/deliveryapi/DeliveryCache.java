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

  /**
   * Counts evictions. A renderer reads it before it reads the database and hands it to {@link
   * #put}, so an answer rendered from rows an eviction has since replaced is never stored: the
   * eviction runs after the change commits, possibly while an older render is still on its way.
   */
  long generation();

  /** Stores the answer unless an eviction happened since {@code generation} was read. */
  void put(String key, Rendered rendered, long generation);

  /**
   * Drops every answer that shows this item, and every list page (a publish changes them). Moves
   * the generation first, then drops, so a concurrent {@link #put} either sees the new generation
   * or is dropped.
   */
  void evict(UUID itemId);

  /** Drops everything, for tests and for an unreadable event. */
  void clear();
}
