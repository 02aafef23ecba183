package ai.trae.content.publishing.deliveryapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.content.DeliveryCachePurged;
import ai.trae.content.media.MediaFiles;
import ai.trae.content.media.MediaUploads;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.content.publishing.channel.ChannelRows;
import ai.trae.content.publishing.feed.PullChannels;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import tools.jackson.databind.JsonNode;

/** The delivery API over HTTP: keys, scoping, conditional requests, sanitising, invalidation. */
@IntegrationTest
@Import(DeliveryApiTests.Purges.class)
class DeliveryApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired ChannelRows rows;
  @Autowired ChannelDirectory directory;
  @Autowired Purges purges;

  PullChannels channels;
  Channel site;
  String key;

  /** Records what a CDN integration would receive. */
  @TestConfiguration
  static class Purges {
    final List<DeliveryCachePurged> seen = new CopyOnWriteArrayList<>();

    @EventListener
    void on(DeliveryCachePurged event) {
      seen.add(event);
    }
  }

  @BeforeEach
  void channel() {
    channels = new PullChannels(http, accounts, rows, directory);
    site = channels.channel("site", "delivery-api", Map.of());
    key = newKey(site, "website");
  }

  String newKey(Channel channel, String name) {
    HttpResponse<String> created =
        channels.send(
            "POST",
            "/api/v1/channels/" + channel.id() + "/delivery-keys",
            "{\"name\":\"" + name + "\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).get("key").asString();
  }

  HttpResponse<String> read(String path, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "Authorization";
    all[1] = "Bearer " + key;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return http.get("/api/v1/delivery/" + site.slug() + path, all);
  }

  @Test
  void anItemComesWithHtmlMarkdownSeoAndHeadersFitForACdn() {
    JsonNode published =
        channels.publish(
            "Launch notes",
            "We **shipped**.",
            List.of(site.slug()),
            "summary",
            "\"Short\"",
            "seo",
            "{\"metaTitle\":\"Launch\",\"metaDescription\":\"What shipped\"}");
    String slug = published.get("slug").asString();

    HttpResponse<String> response = read("/items/" + slug);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode item = Http.json(response);
    assertThat(item.get("title").asString()).isEqualTo("Launch notes");
    assertThat(item.get("html").asString()).isEqualTo("<p>We <strong>shipped</strong>.</p>\n");
    assertThat(item.get("markdown").asString()).isEqualTo("We **shipped**.");
    assertThat(item.get("seo").get("metaTitle").asString()).isEqualTo("Launch");
    assertThat(item.get("summary").asString()).isEqualTo("Short");
    String id = published.get("id").asString();
    assertThat(response.headers().firstValue("Surrogate-Key"))
        .hasValue("channel-" + site.slug() + " item-" + id);
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=60");
    assertThat(response.headers().firstValue("Pragma")).isEmpty();
    assertThat(response.headers().firstValue("Vary").orElseThrow()).contains("X-Delivery-Key");
    String etag = response.headers().firstValue("ETag").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{32}\"");

    HttpResponse<String> again = read("/items/" + slug, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
    assertThat(again.headers().firstValue("ETag")).hasValue(etag);
    assertThat(read("/items/" + slug, "If-None-Match", "\"x\", W/" + etag).statusCode())
        .isEqualTo(304);
    assertThat(
            http.get(
                    "/api/v1/delivery/" + site.slug() + "/items/" + slug,
                    "X-Delivery-Key",
                    key,
                    "If-None-Match",
                    etag)
                .statusCode())
        .isEqualTo(304);
  }

  @Test
  void anImageTheBodyEmbedsComesAsASignedUrlThatLoadsWithoutASession() {
    byte[] png = MediaFiles.png(64, 48, 21);
    HttpResponse<String> uploaded =
        MediaUploads.upload(http, channels.editorToken(), "chart.png", "image/png", png);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
    String mediaId = Http.json(uploaded).get("id").asString();
    String body = "See:\n\n![A chart](/api/v1/media/" + mediaId + "/content)";
    String slug = channels.publish("Charted", body, List.of(site.slug())).get("slug").asString();

    HttpResponse<String> response = read("/items/" + slug);

    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonNode item = Http.json(response);
    String html = item.get("html").asString();
    Matcher src = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
    assertThat(src.find()).as(html).isTrue();
    String url = src.group(1).replace("&amp;", "&");
    assertThat(src.group(1)).as("an attribute's & is escaped").contains("&amp;key=");
    assertThat(url)
        .startsWith("http")
        .contains("/api/v1/media/signed/" + mediaId + "/original?expires=");
    assertThat(item.get("markdown").asString()).isEqualTo("See:\n\n![A chart](" + url + ")");
    URI signed = URI.create(url);
    HttpResponse<byte[]> image = http.getBytes(signed.getRawPath() + "?" + signed.getRawQuery());
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.body()).isEqualTo(png);
  }

  @Test
  void theListIsNewestFirstAndKeysetPaged() {
    channels.publish("Older", "a", List.of(site.slug()));
    channels.publish("Newer", "b", List.of(site.slug()));
    channels.publish("Elsewhere", "c", List.of("another-channel"));

    HttpResponse<String> first = read("/items?limit=1");
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode page = Http.json(first);
    assertThat(page.get("items").findValuesAsString("title")).containsExactly("Newer");
    assertThat(page.get("items").get(0).has("html")).as("lists carry no bodies").isFalse();
    String cursor = page.get("nextCursor").asString();
    assertThat(first.headers().firstValue("Surrogate-Key").orElseThrow())
        .startsWith("channel-" + site.slug() + " list-" + site.slug() + " item-");

    JsonNode second = Http.json(read("/items?limit=1&cursor=" + cursor));
    assertThat(second.get("items").findValuesAsString("title")).containsExactly("Older");
    assertThat(second.has("nextCursor")).isFalse();

    assertThat(read("/items?limit=0").statusCode()).isEqualTo(400);
    assertThat(read("/items?cursor=garbage").statusCode()).isEqualTo(400);
  }

  @Test
  void aKeyIsRequiredAndReadsOnlyItsOwnChannel() {
    String slug = channels.publish("Scoped", "x", List.of(site.slug())).get("slug").asString();
    String path = "/api/v1/delivery/" + site.slug() + "/items/" + slug;
    Channel other = channels.channel("other", "delivery-api", Map.of());
    String otherKey = newKey(other, "other site");

    HttpResponse<String> none = http.get(path);
    assertThat(none.statusCode()).isEqualTo(401);
    assertThat(Http.json(none).get("type").asString()).endsWith("/problems/delivery-key-required");
    HttpResponse<String> wrong = http.get(path, "X-Delivery-Key", "trae_dk_made-up");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(Http.json(wrong).get("type").asString()).endsWith("/problems/delivery-key-invalid");
    HttpResponse<String> foreign = http.get(path, "Authorization", "Bearer " + otherKey);
    assertThat(foreign.statusCode()).isEqualTo(404);
    assertThat(Http.json(foreign).get("type").asString()).endsWith("/problems/delivery-not-found");
    assertThat(http.get(path, "Authorization", "Bearer " + channels.editorToken()).statusCode())
        .as("a session is no delivery key")
        .isEqualTo(401);
    assertThat(http.get(path, "Authorization", "Bearer " + key).statusCode()).isEqualTo(200);
  }

  @Test
  void keysAreShownOnceListedWithoutTheSecretAndStopWorkingWhenRevoked() {
    String keys = "/api/v1/channels/" + site.id() + "/delivery-keys";
    HttpResponse<String> listed = channels.send("GET", keys, "");
    assertThat(listed.statusCode()).isEqualTo(200);
    JsonNode entry = Http.json(listed).get("items").get(0);
    assertThat(entry.get("name").asString()).isEqualTo("website");
    assertThat(entry.has("key")).isFalse();
    assertThat(listed.body()).doesNotContain(key);
    assertThat(key).startsWith(entry.get("prefix").asString());
    String author = accounts.tokenFor("AUTHOR");
    assertThat(http.get(keys, "Authorization", "Bearer " + author).statusCode()).isEqualTo(403);
    Channel hook = channels.channel("hook", "webhook", Map.of("url", "https://example.com/h"));
    assertThat(
            channels
                .send(
                    "POST", "/api/v1/channels/" + hook.id() + "/delivery-keys", "{\"name\":\"x\"}")
                .statusCode())
        .isEqualTo(404);
    assertThat(channels.send("POST", keys, "{\"name\":\"\"}").statusCode()).isEqualTo(400);

    assertThat(read("/items").statusCode()).isEqualTo(200);
    UUID id = UUID.fromString(entry.get("id").asString());
    assertThat(channels.send("DELETE", keys + "/" + id, "").statusCode()).isEqualTo(204);
    assertThat(read("/items").statusCode()).isEqualTo(401);
    assertThat(channels.send("DELETE", keys + "/" + id, "").statusCode()).isEqualTo(404);
  }

  @Test
  void anUpdateOrUnpublishReplacesTheCachedAnswerAndAnnouncesAPurge() {
    JsonNode published = channels.publish("Before", "Old text", List.of(site.slug()));
    UUID id = UUID.fromString(published.get("id").asString());
    String slug = published.get("slug").asString();
    HttpResponse<String> cached = read("/items/" + slug);
    String etag = cached.headers().firstValue("ETag").orElseThrow();
    assertThat(read("/items").body()).contains("Before");

    HttpResponse<String> edited =
        channels.send(
            "PUT",
            "/api/v1/content/" + id,
            "{\"title\":\"After\",\"slug\":\""
                + slug
                + "\",\"body\":\"New text\",\"channels\":[\""
                + site.slug()
                + "\"]}",
            "If-Match",
            "\"" + published.get("version").asLong() + "\"");
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(read("/items/" + slug, "If-None-Match", etag).statusCode())
                    .isEqualTo(200));
    assertThat(Http.json(read("/items/" + slug)).get("markdown").asString()).isEqualTo("New text");
    assertThat(read("/items").body()).contains("After").doesNotContain("Before");
    await()
        .atMost(Duration.ofSeconds(10))
        .until(
            () ->
                purges.seen.stream()
                    .anyMatch(
                        p ->
                            p.surrogateKeys().contains("item-" + id)
                                && p.surrogateKeys().contains("list-" + site.slug())));

    channels.act(id, "unpublish");
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(() -> assertThat(read("/items/" + slug).statusCode()).isEqualTo(404));
    assertThat(Http.json(read("/items")).get("items")).isEmpty();
  }

  @Test
  void theXssCorpusIsRenderedHarmless() throws IOException {
    String corpus;
    try (var in = getClass().getResourceAsStream("/content/xss-corpus.txt")) {
      corpus = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    String[] payloads = corpus.split("\n\u241e\n");
    assertThat(payloads).hasSizeGreaterThan(40);
    for (int i = 0; i < payloads.length; i++) {
      String slug =
          channels
              .publish("Hostile " + i, payloads[i].strip(), List.of(site.slug()))
              .get("slug")
              .asString();
      String html =
          Http.json(read("/items/" + slug)).get("html").asString().toLowerCase(Locale.ROOT);
      assertThat(html)
          .as(payloads[i])
          .doesNotContain("<script", "<svg", "<iframe", "<object", "<embed", "<form", "<style")
          .doesNotContain("<meta", "<base", "<link", "<math", "<video", "<source", "<body")
          .doesNotContainPattern("(href|src)=\"[^\"]*(javascript|vbscript|data):")
          .doesNotContain("style=", "srcset=", "target=", "<details")
          .doesNotContainPattern("<[^>]*\\son[a-z]+\\s*=");
    }
  }
}
