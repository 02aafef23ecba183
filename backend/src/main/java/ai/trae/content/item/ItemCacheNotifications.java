package ai.trae.content.item;

import ai.trae.platform.database.DatabaseNotifications;
import java.util.UUID;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.stereotype.Component;

/**
 * Connects the {@link ItemCache} to the {@code content_items} channel, on which a trigger
 * (V2026_12_02_1050) names every item updated or deleted, by whichever node or hand.
 */
@Component
class ItemCacheNotifications implements SmartInitializingSingleton {

  static final String CHANNEL = "trae_content_items";

  private final ItemCache cache;
  private final DatabaseNotifications notifications;

  ItemCacheNotifications(ItemCache cache, DatabaseNotifications notifications) {
    this.cache = cache;
    this.notifications = notifications;
  }

  @Override
  public void afterSingletonsInstantiated() {
    notifications.subscribe(CHANNEL, this::evict, cache::clear);
  }

  private void evict(String payload) {
    try {
      cache.evict(UUID.fromString(payload));
    } catch (IllegalArgumentException notAnId) {
      cache.clear();
    }
  }
}
