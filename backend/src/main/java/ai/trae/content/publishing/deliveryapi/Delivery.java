package ai.trae.content.publishing.deliveryapi;

import ai.trae.content.item.ContentItem;
import ai.trae.content.media.Media;
import ai.trae.content.media.MediaLibrary;
import ai.trae.content.media.MediaServing;
import ai.trae.content.publishing.deliveryapi.DeliveryBodies.Cover;
import ai.trae.content.publishing.deliveryapi.DeliveryBodies.Section;
import ai.trae.content.publishing.deliveryapi.DeliveryBodies.Seo;
import ai.trae.content.publishing.deliveryapi.DeliveryBodies.Summary;
import ai.trae.content.publishing.feed.PublishedItems;
import ai.trae.content.publishing.media.InlineMedia;
import ai.trae.content.render.ItemRenderer;
import ai.trae.platform.mail.PublicLinks;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.ProblemException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * The delivery API's answers, rendered once and cached ({@link DeliveryCache}) until an item they
 * show changes. Media URLs (covers, and the media an item's body embeds: {@link InlineMedia}) are
 * signed to expire a week after the start of the current UTC day, so a rendering (and its ETag)
 * stays the same all day; the day is part of each cache key.
 */
@Service
public class Delivery {

  public static final int DEFAULT_LIMIT = 20;
  public static final int MAX_LIMIT = 100;

  private final PublishedItems published;
  private final ItemRenderer renderer;
  private final MediaLibrary media;
  private final MediaServing serving;
  private final PublicLinks links;
  private final InlineMedia inline;
  private final DeliveryCache cache;
  private final Clock clock;
  private final JsonMapper json;

  /**
   * @param json the application's mapper: answers read like every other API answer (nulls left out)
   */
  Delivery(
      PublishedItems published,
      ItemRenderer renderer,
      MediaLibrary media,
      MediaServing serving,
      PublicLinks links,
      InlineMedia inline,
      DeliveryCache cache,
      Clock clock,
      JsonMapper json) {
    this.published = published;
    this.renderer = renderer;
    this.media = media;
    this.serving = serving;
    this.links = links;
    this.inline = inline;
    this.cache = cache;
    this.clock = clock;
    this.json = json;
  }

  /** A page of the channel's published items, newest first. */
  public Rendered items(String channel, @Nullable String cursor, int limit) {
    LocalDate day = today();
    String key = day + "|" + channel + "|list|" + limit + "|" + (cursor == null ? "" : cursor);
    Rendered hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    long generation = cache.generation();
    Cursors.Key after = Cursors.decode(cursor);
    Instant beforeAt = after == null ? null : after.expect(2).instant(0);
    UUID beforeId = after == null ? null : after.uuid(1);
    List<PublishedItems.Entry> entries = published.entries(channel, beforeAt, beforeId, limit + 1);
    boolean more = entries.size() > limit;
    List<PublishedItems.Entry> page = more ? entries.subList(0, limit) : entries;
    List<ContentItem> items = published.load(page);
    Map<UUID, Media> covers = covers(items);
    List<Summary> summaries = new ArrayList<>();
    StringBuilder surrogate = new StringBuilder("channel-" + channel + " list-" + channel);
    for (ContentItem item : items) {
      summaries.add(summary(item, channel, cover(item, covers, day)));
      surrogate.append(" item-").append(item.id());
    }
    PublishedItems.Entry last = page.isEmpty() ? null : page.getLast();
    String next = more && last != null ? Cursors.encode(last.publishedAt(), last.id()) : null;
    Rendered rendered =
        rendered(
            new DeliveryBodies.Page(summaries, next),
            surrogate.toString(),
            items.stream().map(ContentItem::id).toList(),
            true);
    cache.put(key, rendered, generation);
    return rendered;
  }

  /**
   * One published item of the channel by its current slug.
   *
   * @throws ProblemException 404 {@code delivery-not-found}
   */
  public Rendered item(String channel, String slug) {
    LocalDate day = today();
    String key = day + "|" + channel + "|item|" + slug;
    Rendered hit = cache.get(key);
    if (hit != null) {
      return hit;
    }
    long generation = cache.generation();
    ContentItem item =
        published
            .bySlug(channel, slug)
            .orElseThrow(
                () ->
                    new ProblemException(
                        DeliveryProblem.DELIVERY_NOT_FOUND,
                        "No published item " + slug + " in " + channel + "."));
    ItemRenderer.Rendered text = renderer.forChannel(item, channel);
    var c = item.content();
    String markdown = DeliveryBodies.markdownFor(item, channel);
    List<String> bodies = new ArrayList<>(List.of(text.html(), markdown));
    c.sections().forEach(s -> bodies.add(s.body()));
    InlineMedia.Signer signer = inline.signer(expires(day), bodies);
    Rendered rendered =
        rendered(
            new DeliveryBodies.Item(
                item.id().toString(),
                item.type().value(),
                c.slug(),
                text.title(),
                c.summary(),
                signer.html(text.html()),
                signer.markdown(markdown),
                c.sections().stream()
                    .map(s -> new Section(s.heading(), signer.markdown(s.body())))
                    .toList(),
                c.subject(),
                c.tags(),
                cover(item, covers(List.of(item)), day),
                Seo.of(c.seo()),
                DeliveryBodies.text(item.publishedAt()),
                item.updatedAt().toString()),
            "channel-" + channel + " item-" + item.id(),
            List.of(item.id()),
            false);
    cache.put(key, rendered, generation);
    return rendered;
  }

  private Summary summary(ContentItem item, String channel, @Nullable Cover cover) {
    var c = item.content();
    return new Summary(
        item.id().toString(),
        item.type().value(),
        c.slug(),
        DeliveryBodies.titleFor(item, channel),
        c.summary(),
        c.tags(),
        cover,
        Seo.of(c.seo()),
        DeliveryBodies.text(item.publishedAt()),
        item.updatedAt().toString(),
        links.to("/api/v1/delivery/" + channel + "/items/" + c.slug()));
  }

  /** Every cover of the page in one query. */
  private Map<UUID, Media> covers(List<ContentItem> items) {
    List<UUID> ids =
        items.stream().map(i -> i.content().coverMediaId()).filter(Objects::nonNull).toList();
    if (ids.isEmpty()) {
      return Map.of();
    }
    return media.byIds(ids).stream().collect(Collectors.toMap(Media::id, Function.identity()));
  }

  private @Nullable Cover cover(ContentItem item, Map<UUID, Media> covers, LocalDate day) {
    UUID id = item.content().coverMediaId();
    Media file = id == null ? null : covers.get(id);
    if (file == null) {
      return null;
    }
    Instant expires = expires(day);
    Map<String, String> variants = new LinkedHashMap<>();
    for (Media.Variant variant : file.variants()) {
      variants.put(
          variant.name(), links.to(serving.signUntil(file, variant.name(), expires).path()));
    }
    return new Cover(
        file.id().toString(),
        file.mediaType(),
        file.width(),
        file.height(),
        file.altText(),
        links.to(serving.signUntil(file, MediaServing.ORIGINAL, expires).path()),
        variants);
  }

  /** A week after the start of the day: the same all day, at least six days ahead. */
  private static Instant expires(LocalDate day) {
    return day.plusDays(7).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  private LocalDate today() {
    return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
  }

  private Rendered rendered(Object body, String surrogateKeys, List<UUID> itemIds, boolean list) {
    byte[] bytes = json.writeValueAsBytes(body);
    return new Rendered(bytes, etag(bytes), surrogateKeys, itemIds, list);
  }

  static String etag(byte[] body) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(digest, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("every JDK has SHA-256", ex);
    }
  }
}
