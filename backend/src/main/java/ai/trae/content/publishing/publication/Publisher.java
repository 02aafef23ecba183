package ai.trae.content.publishing.publication;

import ai.trae.content.ContentCreated;
import ai.trae.content.ContentTransitioned;
import ai.trae.content.ContentUpdated;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.Items;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the workflow's events into deliveries, after the change committed (the outbox keeps the
 * event until this succeeds). Reconciling from the item as it is now, rather than from the event,
 * makes it safe to run twice and in any order: publishing creates what is missing, an edit of a
 * published item updates what was delivered from an older version, unpublishing takes back what can
 * be taken back and drops what has not left yet.
 */
@Component
class Publisher {

  private static final String PUBLISHED = ContentStatus.PUBLISHED.value();

  private final PublicationRows rows;
  private final ChannelDirectory channels;
  private final Connectors connectors;
  private final Items items;
  private final DeliveryQueue queue;
  private final Clock clock;

  Publisher(
      PublicationRows rows,
      ChannelDirectory channels,
      Connectors connectors,
      Items items,
      DeliveryQueue queue,
      Clock clock) {
    this.rows = rows;
    this.channels = channels;
    this.connectors = connectors;
    this.items = items;
    this.queue = queue;
    this.clock = clock;
  }

  /** An item imported (or created) as published goes out like one published by a transition. */
  @ApplicationModuleListener
  void on(ContentCreated event) {
    if (PUBLISHED.equals(event.status())) {
      reconcile(event.id().value(), true);
    }
  }

  @ApplicationModuleListener
  void on(ContentTransitioned event) {
    if (PUBLISHED.equals(event.to()) || PUBLISHED.equals(event.from())) {
      reconcile(event.id().value(), PUBLISHED.equals(event.to()));
    }
  }

  @ApplicationModuleListener
  void on(ContentUpdated event) {
    if (PUBLISHED.equals(event.status())) {
      // trashing a published item takes it down; taking it out of the trash puts it back
      reconcile(event.id().value(), "untrashed".equals(event.change()));
    }
  }

  /**
   * Brings the item's publications in line with its status; in the caller's transaction.
   *
   * @param republished it was just (re)published: what failed or was taken back goes out again; an
   *     edit alone never re-sends a failed delivery (that is "retry now")
   */
  void reconcile(UUID itemId, boolean republished) {
    ContentItem item;
    try {
      item = items.get(itemId);
    } catch (ProblemException gone) {
      return;
    }
    if (item.status() == ContentStatus.PUBLISHED && !item.trashed()) {
      deliver(item, republished);
    } else {
      withdraw(item);
    }
  }

  private void deliver(ContentItem item, boolean republished) {
    Map<UUID, Publication> existing =
        rows.byItem(item.id()).stream()
            .collect(Collectors.toMap(Publication::channelId, Function.identity()));
    Map<String, Channel> targets = channels.findBySlugs(item.content().channels());
    for (String slug : item.content().channels()) {
      Optional<Channel> channel = Optional.ofNullable(targets.get(slug));
      if (channel.isEmpty()) {
        continue;
      }
      Optional<ConnectorSpec> spec = connectors.find(channel.get().connector()).map(c -> c.spec());
      Publication p = existing.get(channel.get().id());
      if (p == null) {
        create(item, channel.get());
      } else if (p.status().settled()) {
        resume(item, p, spec, republished);
      }
    }
  }

  private void create(ContentItem item, Channel channel) {
    Instant now = now();
    Publication p =
        new Publication(
            Ids.newId(),
            item.id(),
            channel.id(),
            PublicationStatus.PENDING,
            Operation.PUBLISH,
            newKey(),
            1,
            0,
            now,
            null,
            null,
            null,
            item.currentVersion(),
            null,
            false,
            null,
            now,
            now,
            1);
    if (rows.insert(p)) {
      queue.queue(p.id(), 1, 1, now);
    }
  }

  /** A settled publication of a published item: send again what is missing or out of date. */
  private void resume(
      ContentItem item, Publication p, Optional<ConnectorSpec> spec, boolean republished) {
    boolean removed =
        p.status() == PublicationStatus.REMOVED
            || (p.status() == PublicationStatus.CANCELLED && p.operation() == Operation.UNPUBLISH);
    switch (p.status()) {
      case DELIVERED -> {
        boolean stale = item.currentVersion() > p.itemVersion();
        boolean updatable = spec.map(s -> s.canUpdate() && !s.pull()).orElse(false);
        if (p.operation() != Operation.UNPUBLISH && stale && updatable) {
          start(p, Operation.UPDATE, item, false);
        }
      }
      case REMOVED, CANCELLED, FAILED -> {
        if (republished) {
          start(
              p,
              !removed && p.externalId() != null ? Operation.UPDATE : Operation.PUBLISH,
              item,
              removed);
        }
      }
      // needs_checking: a person decides whether it arrived; a new key could post it twice
      default -> {}
    }
  }

  private void withdraw(ContentItem item) {
    for (Publication p : rows.byItem(item.id())) {
      if (p.operation() == Operation.UNPUBLISH) {
        continue;
      }
      switch (p.status()) {
        case PENDING, RETRYING, FAILED ->
            rows.cancel(p.id(), p.version(), "The item was unpublished before it arrived.", now());
        case DELIVERED -> takeBack(item, p);
        default -> {}
      }
    }
  }

  private void takeBack(ContentItem item, Publication p) {
    Optional<ConnectorSpec> spec =
        channels
            .find(p.channelId())
            .flatMap(c -> connectors.find(c.connector()))
            .map(c -> c.spec());
    if (spec.map(ConnectorSpec::canUnpublish).orElse(false)) {
      start(p, Operation.UNPUBLISH, item, false);
      return;
    }
    String note = "This channel cannot take a post back; it stays there until removed by hand.";
    if (!Objects.equals(p.lastError(), note)) {
      rows.note(p.id(), note, now());
    }
  }

  private void start(Publication p, Operation operation, ContentItem item, boolean forget) {
    Instant now = now();
    rows.startDelivery(p.id(), p.version(), operation, newKey(), item.currentVersion(), forget, now)
        .ifPresent(delivery -> queue.queue(p.id(), delivery, 1, now));
  }

  /** Standard Webhooks' {@code webhook-id} form; any destination takes it as an opaque key. */
  private static String newKey() {
    return "msg_" + Ids.newId().toString().replace("-", "");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
