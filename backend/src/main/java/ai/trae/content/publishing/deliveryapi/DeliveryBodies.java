package ai.trae.content.publishing.deliveryapi;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ItemContent;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** What the delivery API answers, field by field (docs/connectors.md shows an example). */
final class DeliveryBodies {

  private DeliveryBodies() {}

  record Cover(
      String id,
      String mediaType,
      @Nullable Integer width,
      @Nullable Integer height,
      String altText,
      String url,
      Map<String, String> variants) {}

  record Seo(
      @Nullable String metaTitle, @Nullable String metaDescription, @Nullable String canonicalUrl) {

    static Seo of(ItemContent.Seo seo) {
      return new Seo(seo.metaTitle(), seo.metaDescription(), seo.canonicalUrl());
    }
  }

  record Section(String heading, String markdown) {}

  /** A list row: no body, a link to the full item. */
  record Summary(
      String id,
      String type,
      String slug,
      String title,
      @Nullable String summary,
      List<String> tags,
      @Nullable Cover cover,
      Seo seo,
      @Nullable String publishedAt,
      String updatedAt,
      String url) {}

  /** One item: its HTML rendered from its Markdown by the preview's renderer, and the Markdown. */
  record Item(
      String id,
      String type,
      String slug,
      String title,
      @Nullable String summary,
      String html,
      String markdown,
      List<Section> sections,
      @Nullable String subject,
      List<String> tags,
      @Nullable Cover cover,
      Seo seo,
      @Nullable String publishedAt,
      String updatedAt) {}

  record Page(List<Summary> items, @Nullable String nextCursor) {}

  static @Nullable String text(java.time.@Nullable Instant at) {
    return at == null ? null : at.toString();
  }

  /** The channel's variant title, as the renderer picks it, without rendering the body. */
  static String titleFor(ContentItem item, String channel) {
    return item.content().variants().stream()
        .filter(v -> v.channel().equals(channel) && v.title() != null)
        .map(ItemContent.Variant::title)
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(item.content().title());
  }

  static String markdownFor(ContentItem item, String channel) {
    return item.content().variants().stream()
        .filter(v -> v.channel().equals(channel))
        .map(ItemContent.Variant::body)
        .findFirst()
        .orElse(item.content().body());
  }
}
