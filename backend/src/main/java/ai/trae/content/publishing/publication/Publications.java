package ai.trae.content.publishing.publication;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.Editor;
import ai.trae.content.item.Items;
import ai.trae.content.publishing.PublishingProblem;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelRows;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.Problems;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the API reads and does with publications: an item's, the delivery log, retry. */
@Service
public class Publications {

  private final PublicationRows rows;
  private final AttemptRows attempts;
  private final ChannelRows channels;
  private final Items items;
  private final DeliveryQueue queue;
  private final AuditLog audit;
  private final Clock clock;

  Publications(
      PublicationRows rows,
      AttemptRows attempts,
      ChannelRows channels,
      Items items,
      DeliveryQueue queue,
      AuditLog audit,
      Clock clock) {
    this.rows = rows;
    this.attempts = attempts;
    this.channels = channels;
    this.items = items;
    this.queue = queue;
    this.audit = audit;
    this.clock = clock;
  }

  /** A publication with its channel. */
  public record Shown(Publication publication, Channel channel) {}

  /** The item's publications; 404 content-not-found for no item. */
  @Transactional(readOnly = true)
  public List<Shown> forItem(UUID itemId) {
    items.get(itemId);
    List<Publication> publications = rows.byItem(itemId);
    if (publications.isEmpty()) {
      return List.of();
    }
    // tens of channels in an installation: one query, not one per publication
    Map<UUID, Channel> byId =
        channels.all().stream().collect(Collectors.toMap(Channel::id, Function.identity()));
    return publications.stream()
        .filter(p -> byId.containsKey(p.channelId()))
        .map(p -> new Shown(p, byId.get(p.channelId())))
        .toList();
  }

  /** Every channel by id, to name the channels of a page of the log in one query. */
  public Map<UUID, Channel> channelsById() {
    return channels.all().stream().collect(Collectors.toMap(Channel::id, Function.identity()));
  }

  public Shown get(UUID id) {
    Publication p = rows.find(id).orElseThrow(() -> notFound(id));
    return new Shown(p, channels.find(p.channelId()).orElseThrow());
  }

  /**
   * "Retry now" for a failed delivery, "send again" for one that needs checking: the same delivery
   * (same idempotency key) from its first attempt, queued at once.
   */
  @Transactional
  public Shown retry(UUID id, Editor editor) {
    Shown shown = get(id);
    Publication p = shown.publication();
    if (p.status() != PublicationStatus.FAILED && p.status() != PublicationStatus.NEEDS_CHECKING) {
      throw notRetryable(p);
    }
    if (p.operation() != Operation.UNPUBLISH && !published(p.itemId())) {
      ProblemDetail problem =
          Problems.of(
              PublishingProblem.PUBLICATION_NOT_RETRYABLE,
              "The item is no longer published; publish it again instead.");
      problem.setProperty("status", p.status().value());
      throw new ProblemException(problem);
    }
    Instant now = now();
    int delivery = rows.requeue(id, p.status(), now).orElseThrow(() -> notRetryable(p));
    queue.queue(id, delivery, 1, now);
    audit.record(event("publication.retried", editor, shown).with("from", p.status().value()));
    return get(id);
  }

  /** A person checked: it arrived (optionally where). Logged as an attempt of its own. */
  @Transactional
  public Shown markDelivered(
      UUID id, @Nullable String externalId, @Nullable String externalUrl, Editor editor) {
    Shown shown = get(id);
    Publication p = shown.publication();
    Instant now = now();
    if (!rows.markDelivered(id, externalId, externalUrl, now)) {
      throw notRetryable(p);
    }
    attempts.manual(
        new Attempt(
            Ids.newId(),
            p.id(),
            p.itemId(),
            p.channelId(),
            p.operation().value(),
            "manual",
            p.attempts(),
            p.idempotencyKey(),
            "",
            null,
            null,
            null,
            "in_progress",
            "",
            now,
            null,
            null),
        "marked_delivered",
        "Marked delivered by " + editor.name() + ".");
    audit.record(
        event("publication.marked-delivered", editor, shown).with("externalUrl", externalUrl));
    return get(id);
  }

  public Page<Attempt> attemptsOfItem(UUID itemId, PageRequest page) {
    items.get(itemId);
    return attempts.byItem(itemId, page);
  }

  public Page<Attempt> attemptsOfChannel(UUID channelId, PageRequest page) {
    channels
        .find(channelId)
        .orElseThrow(
            () ->
                new ProblemException(
                    PublishingProblem.CHANNEL_NOT_FOUND, "No channel " + channelId + "."));
    return attempts.byChannel(channelId, page);
  }

  /** Every attempt of one publication, oldest first. */
  public List<Attempt> attemptsOf(UUID publicationId) {
    return attempts.byPublication(publicationId);
  }

  private boolean published(UUID itemId) {
    ContentItem item = items.get(itemId);
    return item.status() == ContentStatus.PUBLISHED && !item.trashed();
  }

  private static AuditEvent event(String action, Editor editor, Shown shown) {
    return AuditEvent.of(action, AuditEvent.Actor.user(editor.userId(), editor.name()))
        .target("publication", shown.publication().id())
        .with("item", shown.publication().itemId())
        .with("channel", shown.channel().slug());
  }

  private static ProblemException notRetryable(Publication p) {
    ProblemDetail problem =
        Problems.of(
            PublishingProblem.PUBLICATION_NOT_RETRYABLE,
            "The publication is %s: %s"
                .formatted(
                    p.status().value(),
                    "only a failed one can be retried, and only one that needs checking sent"
                        + " again or marked delivered."));
    problem.setProperty("status", p.status().value());
    return new ProblemException(problem);
  }

  private static ProblemException notFound(UUID id) {
    return new ProblemException(
        PublishingProblem.PUBLICATION_NOT_FOUND, "No publication " + id + ".");
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
