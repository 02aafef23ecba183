package ai.trae.content.publishing.deliveryapi;

import ai.trae.content.ContentDeleted;
import ai.trae.content.ContentId;
import ai.trae.content.ContentTransitioned;
import ai.trae.content.ContentUpdated;
import ai.trae.content.DeliveryCachePurged;
import ai.trae.content.publishing.channel.ChannelRows;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps delivery answers true: when a published item changes, or an item is published or taken
 * back, every cached answer showing it and every list page goes, and {@link DeliveryCachePurged}
 * names the surrogate keys a CDN should purge. Edits to drafts touch nothing.
 */
@Component
class DeliveryInvalidation {

  static final String PUBLISHED = "published";

  private final DeliveryCache cache;
  private final ChannelRows channels;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  DeliveryInvalidation(
      DeliveryCache cache, ChannelRows channels, ApplicationEventPublisher events, Clock clock) {
    this.cache = cache;
    this.channels = channels;
    this.events = events;
    this.clock = clock;
  }

  @ApplicationModuleListener
  void on(ContentTransitioned event) {
    if (PUBLISHED.equals(event.from()) || PUBLISHED.equals(event.to())) {
      purge(event.id());
    }
  }

  @ApplicationModuleListener
  void on(ContentUpdated event) {
    if (PUBLISHED.equals(event.status())) {
      purge(event.id());
    }
  }

  @ApplicationModuleListener
  void on(ContentDeleted event) {
    if (PUBLISHED.equals(event.status())) {
      purge(event.id());
    }
  }

  private void purge(ContentId id) {
    cache.evict(id.value());
    List<String> keys = new ArrayList<>();
    keys.add("item-" + id.value());
    // every delivery channel's lists: the item may have left a channel as well as joined one
    channels.all().stream()
        .filter(c -> c.connector().equals(DeliveryApiConnector.TYPE))
        .forEach(c -> keys.add("list-" + c.slug()));
    events.publishEvent(new DeliveryCachePurged(keys, clock.instant()));
  }
}
