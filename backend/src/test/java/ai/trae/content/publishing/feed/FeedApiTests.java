package ai.trae.content.publishing.feed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.content.media.MediaFiles;
import ai.trae.content.media.MediaUploads;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.content.publishing.channel.ChannelRows;
import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.ChannelState;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.content.publishing.connector.Health;
import ai.trae.platform.web.ValidationFailedException;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The public feeds over HTTP, read back with ROME's own parser. */
@IntegrationTest
class FeedApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired ChannelRows rows;
  @Autowired ChannelDirectory directory;
  @Autowired Connectors connectors;

  PullChannels channels;
  Channel feed;

  @BeforeEach
  void channel() {
    channels = new PullChannels(http, accounts, rows, directory);
    feed =
        channels.channel(
            "blog",
            "feed",
            Map.of("title", "The TRAE blog", "siteUrl", "https://blog.example", "limit", "10"));
  }

  static SyndFeed parse(HttpResponse<byte[]> response) throws Exception {
    return new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(response.body())));
  }

  @Test
  void rssListsThePublishedItemsOfTheChannelNewestFirstWithSanitisedHtml() throws Exception {
    channels.publish("First post", "Hello *world*", List.of(feed.slug()));
    channels.publish(
        "Second post",
        "Safe <script>alert(1)</script> [x](javascript:alert(1)) <img src=x onerror=alert(1)>",
        List.of(feed.slug(), "elsewhere"),
        "summary",
        "\"Two\"",
        "tags",
        "[\"news\"]");
    channels.publish("Other channel", "Not here", List.of("elsewhere"));

    HttpResponse<byte[]> response = http.getBytes("/feeds/" + feed.slug() + ".rss");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/rss+xml");
    assertThat(response.headers().firstValue("Cache-Control")).hasValue("public, max-age=300");
    assertThat(response.headers().firstValue("Last-Modified")).isPresent();
    SyndFeed parsed = parse(response);
    assertThat(parsed.getFeedType()).isEqualTo("rss_2.0");
    assertThat(parsed.getTitle()).isEqualTo("The TRAE blog");
    assertThat(parsed.getEntries())
        .extracting(SyndEntry::getTitle)
        .containsExactly("Second post", "First post");
    SyndEntry second = parsed.getEntries().getFirst();
    assertThat(second.getLink()).isEqualTo("https://blog.example/second-post");
    assertThat(second.getDescription().getValue()).isEqualTo("Two");
    assertThat(second.getCategories()).extracting(c -> c.getName()).containsExactly("news");
    String html = second.getContents().getFirst().getValue().toLowerCase();
    assertThat(html).contains("safe").doesNotContain("<script", "javascript:", "onerror");
  }

  @Test
  void anImageTheBodyEmbedsIsSignedSoAReaderWithoutASessionLoadsIt() throws Exception {
    byte[] png = MediaFiles.png(32, 24, 22);
    HttpResponse<String> uploaded =
        MediaUploads.upload(http, channels.editorToken(), "inline.png", "image/png", png);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
    String mediaId = Http.json(uploaded).get("id").asString();
    channels.publish(
        "Pictured", "![Inline](/api/v1/media/" + mediaId + "/content)", List.of(feed.slug()));

    SyndFeed parsed = parse(http.getBytes("/feeds/" + feed.slug() + ".atom"));

    String html = parsed.getEntries().getFirst().getContents().getFirst().getValue();
    Matcher src = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
    assertThat(src.find()).as(html).isTrue();
    URI signed = URI.create(src.group(1).replace("&amp;", "&"));
    assertThat(signed.getRawPath()).isEqualTo("/api/v1/media/signed/" + mediaId + "/original");
    HttpResponse<byte[]> image = http.getBytes(signed.getRawPath() + "?" + signed.getRawQuery());
    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.body()).isEqualTo(png);
  }

  @Test
  void atomIsValidAtomWithTheSameItems() throws Exception {
    channels.publish("Atom post", "Body", List.of(feed.slug()));

    HttpResponse<byte[]> response = http.getBytes("/feeds/" + feed.slug() + ".atom");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("application/atom+xml");
    SyndFeed parsed = parse(response);
    assertThat(parsed.getFeedType()).isEqualTo("atom_1.0");
    assertThat(parsed.getEntries()).extracting(SyndEntry::getTitle).containsExactly("Atom post");
    assertThat(parsed.getEntries().getFirst().getUri()).startsWith("urn:uuid:");
    assertThat(parsed.getAuthor()).isEqualTo("The TRAE blog");
  }

  @Test
  void aReaderThatHasTheFeedGets304UntilSomethingIsPublished() {
    channels.publish("Cached", "Body", List.of(feed.slug()));
    String path = "/feeds/" + feed.slug() + ".rss";
    HttpResponse<byte[]> first = http.getBytes(path);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
    assertThat(etag).matches("\"[0-9a-f]{32}\"");

    assertThat(http.getBytes(path, "If-None-Match", etag).statusCode()).isEqualTo(304);
    assertThat(http.getBytes(path, "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
    assertThat(http.getBytes(path, "If-Modified-Since", lastModified).statusCode()).isEqualTo(304);
    assertThat(http.getBytes(path, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
    assertThat(http.getBytes(path.replace(".rss", ".atom"), "If-None-Match", etag).statusCode())
        .as("RSS and Atom have their own tags")
        .isEqualTo(200);

    channels.publish("Newer", "Body", List.of(feed.slug()));
    assertThat(http.getBytes(path, "If-None-Match", etag).statusCode()).isEqualTo(200);
  }

  @Test
  void onlyFeedChannelsHaveFeeds() {
    Channel hook = channels.channel("hook", "webhook", Map.of("url", "https://example.com/h"));

    HttpResponse<String> unknown = http.get("/feeds/nope.rss");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Http.json(unknown).get("type").asString()).endsWith("/problems/feed-not-found");
    assertThat(http.get("/feeds/" + hook.slug() + ".atom").statusCode()).isEqualTo(404);
  }

  @Test
  void theFeedConnectorChecksItsSettingsAndDeliversAtOnce() {
    var connector = connectors.get("feed");
    connector.validate(config(Map.of("siteUrl", "https://blog.example", "limit", "20")));
    assertThatThrownBy(() -> connector.validate(config(Map.of("siteUrl", "blog.example"))))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(
            ex ->
                assertThat(((ValidationFailedException) ex).getBody().getProperties().toString())
                    .contains("settings.siteUrl"));
    assertThatThrownBy(() -> connector.validate(config(Map.of("limit", "500"))))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(
            ex ->
                assertThat(((ValidationFailedException) ex).getBody().getProperties().toString())
                    .contains("settings.limit"));
    assertThat(connector.spec().pull()).isTrue();
    assertThat(connector.health(config(Map.of())).state()).isEqualTo(Health.State.OK);
  }

  static ChannelConfig config(Map<String, String> settings) {
    return new ChannelConfig(
        UUID.randomUUID(), "f", "F", "feed", settings, Map.of(), ChannelState.inMemory(Map.of()));
  }
}
