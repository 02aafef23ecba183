package ai.trae.content.item;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Items by id, kept in this node's memory because reading one is the commonest request there is.
 * Correct across writers by three rules:
 *
 * <ul>
 *   <li>Only reads outside a read-write transaction use it, so what it holds has committed; a write
 *       path always reads the row itself.
 *   <li>{@link ContentItems}, the only writer, evicts an item when it writes it and again when the
 *       transaction ends, so a caller reads its own write on this node.
 *   <li>Other nodes' writes arrive as PostgreSQL notifications ({@link ItemCacheNotifications});
 *       while they cannot arrive the cache is cleared and a lost one still expires after {@link
 *       #MAX_AGE}.
 * </ul>
 *
 * <p>A load runs inside the cache's per-key computation, so an eviction during a load waits for it
 * and then removes what it loaded: a row read just before a commit never outlives the commit.
 */
@Component
public class ItemCache {

  /**
   * About 256 MB of text (titles, summaries and bodies weighed by their length): some 150,000
   * typical items. Only what is read fills it, least recently used first out.
   */
  static final long MAX_WEIGHT = 256L * 1024 * 1024;

  static final Duration MAX_AGE = Duration.ofMinutes(10);

  private final Cache<UUID, ContentItem> items =
      Caffeine.newBuilder()
          .maximumWeight(MAX_WEIGHT)
          .weigher((UUID id, ContentItem item) -> weight(item))
          .expireAfterWrite(MAX_AGE)
          .build();

  /** The item as {@code load} finds it, from memory when allowed and present. */
  @Nullable ContentItem get(UUID id, Function<UUID, @Nullable ContentItem> load) {
    if (!usable()) {
      return load.apply(id);
    }
    return items.get(id, load);
  }

  /** Now and when the caller's transaction ends, committed or not. */
  void evictOnWrite(UUID id) {
    items.invalidate(id);
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
              items.invalidate(id);
            }
          });
    }
  }

  /** Another node wrote the item (or someone wrote the table by hand). */
  void evict(UUID id) {
    items.invalidate(id);
  }

  void clear() {
    items.invalidateAll();
  }

  long size() {
    items.cleanUp();
    return items.estimatedSize();
  }

  private static boolean usable() {
    return !TransactionSynchronizationManager.isActualTransactionActive()
        || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
  }

  private static int weight(ContentItem item) {
    ItemContent c = item.content();
    long chars = 512L + c.title().length() + c.body().length();
    if (c.summary() != null) {
      chars += c.summary().length();
    }
    return (int) Math.min(Integer.MAX_VALUE, chars);
  }
}
