package ai.trae.content.publishing.webhook;

import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.OutgoingItem;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * The bodies a receiver gets, in Standard Webhooks' shape {@code {type, timestamp, data}}. Field
 * names are the API's (camelCase); times are ISO-8601 strings. docs/connectors.md shows each.
 */
final class WebhookEvents {

  static final String PUBLISHED = "content.published";
  static final String UPDATED = "content.updated";
  static final String UNPUBLISHED = "content.unpublished";
  static final String PING = "ping";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private WebhookEvents() {}

  static String published(Dispatch dispatch, Instant now) {
    OutgoingItem item = dispatch.item();
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("id", item.id().toString());
    data.put("publicationId", dispatch.publicationId().toString());
    data.put("channel", dispatch.channel().slug());
    data.put("type", item.type());
    data.put("title", item.title());
    data.put("slug", item.slug());
    data.put("summary", item.summary());
    data.put("markdown", item.markdown());
    data.put("html", item.html());
    data.put("tags", item.tags());
    data.put("cover", cover(item.cover()));
    data.put("subject", item.subject());
    Map<String, @Nullable Object> seo = new LinkedHashMap<>();
    seo.put("metaTitle", item.metaTitle());
    seo.put("metaDescription", item.metaDescription());
    seo.put("canonicalUrl", item.canonicalUrl());
    data.put("seo", seo);
    data.put("url", item.url());
    data.put("publishedAt", text(item.publishedAt()));
    data.put("version", item.version());
    return event(dispatch.isUpdate() ? UPDATED : PUBLISHED, now, data);
  }

  static String unpublished(Dispatch dispatch, Instant now) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("id", dispatch.item().id().toString());
    data.put("publicationId", dispatch.publicationId().toString());
    data.put("channel", dispatch.channel().slug());
    data.put("slug", dispatch.item().slug());
    return event(UNPUBLISHED, now, data);
  }

  static String ping(String channel, Instant now) {
    Map<String, @Nullable Object> data = new LinkedHashMap<>();
    data.put("channel", channel);
    return event(PING, now, data);
  }

  private static @Nullable Map<String, @Nullable Object> cover(
      OutgoingItem.@Nullable MediaFile cover) {
    if (cover == null) {
      return null;
    }
    Map<String, @Nullable Object> media = new LinkedHashMap<>();
    media.put("id", cover.id().toString());
    media.put("url", cover.url());
    media.put("fileName", cover.fileName());
    media.put("mediaType", cover.mediaType());
    media.put("size", cover.size());
    media.put("altText", cover.altText());
    media.put("width", cover.width());
    media.put("height", cover.height());
    return media;
  }

  private static String event(String type, Instant now, Map<String, @Nullable Object> data) {
    Map<String, @Nullable Object> event = new LinkedHashMap<>();
    event.put("type", type);
    event.put("timestamp", now.toString());
    event.put("data", data);
    return JSON.writeValueAsString(event);
  }

  private static @Nullable String text(@Nullable Instant at) {
    return at == null ? null : at.toString();
  }
}
