package ai.trae.content.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.support.Http;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.awaitility.Awaitility;
import tools.jackson.databind.JsonNode;

/** Channels, items and their publications over HTTP, for publishing's integration tests. */
public final class PublishingCalls {

  private final ContentCallers api;
  private final Http http;

  public PublishingCalls(ContentCallers api, Http http) {
    this.api = api;
    this.http = http;
  }

  public record Created(UUID id, String slug) {}

  public Created channel(String connector, boolean requiresApproval, Caller who) {
    return channel(connector, "https://example.test/hook", requiresApproval, who);
  }

  public Created channel(String connector, String url, boolean requiresApproval, Caller who) {
    String slug = "ch-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> r =
        api.send(
            "POST",
            "/api/v1/channels",
            """
            {"slug": "%s", "name": "Channel %s", "connector": "%s",
             "settings": {"url": "%s"}, "requiresApproval": %s}"""
                .formatted(slug, slug, connector, url, requiresApproval),
            who);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return new Created(UUID.fromString(Http.json(r).get("id").asString()), slug);
  }

  /** A webhook channel the engine may reach over plain http on this machine, and its secret. */
  public record Webhook(UUID id, String slug, String signingSecret) {}

  /** A real {@code webhook} channel to {@code url} (http on loopback), its secret generated. */
  public Webhook webhookChannel(String url, Caller who) {
    String slug = "wh-" + UUID.randomUUID().toString().substring(0, 8);
    HttpResponse<String> r =
        api.send(
            "POST",
            "/api/v1/channels",
            """
            {"slug": "%s", "name": "Webhook %s", "connector": "webhook",
             "settings": {"url": "%s", "allowInsecureHttp": "true"}}"""
                .formatted(slug, slug, url),
            who);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode created = Http.json(r);
    return new Webhook(
        UUID.fromString(created.get("id").asString()),
        slug,
        created.get("generatedSecrets").get("signingSecret").asString());
  }

  /** An approved article targeting these channels. */
  public UUID approvedItem(Caller who, String title, String... channels) {
    String list = String.join(",", List.of(channels).stream().map(c -> "\"" + c + "\"").toList());
    UUID id =
        api.create(
            """
            {"type": "article", "title": "%s", "body": "Some **text**.", "channels": [%s]}"""
                .formatted(title, list),
            who);
    transition(id, "{\"action\": \"submit\"}", who, 200);
    transition(id, "{\"action\": \"approve\"}", who, 200);
    return id;
  }

  public UUID publishedItem(Caller who, String title, String... channels) {
    UUID id = approvedItem(who, title, channels);
    transition(id, "{\"action\": \"publish\"}", who, 200);
    return id;
  }

  public HttpResponse<String> transition(UUID id, String body, Caller who, int expected) {
    HttpResponse<String> r = api.send("POST", "/api/v1/content/" + id + "/transitions", body, who);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(expected);
    return r;
  }

  public JsonNode publications(UUID item, Caller who) {
    HttpResponse<String> r = api.get("/api/v1/content/" + item + "/publications", who);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    return Http.json(r);
  }

  /** The item's publication on the channel once it satisfies {@code until}. */
  public JsonNode awaitPublication(UUID item, String slug, Caller who, Predicate<JsonNode> until) {
    JsonNode[] found = new JsonNode[1];
    Awaitility.await()
        .atMost(Duration.ofSeconds(20))
        .pollInterval(Duration.ofMillis(100))
        .untilAsserted(
            () -> {
              JsonNode p = publication(item, slug, who);
              assertThat(p).as("publication of %s on %s", item, slug).isNotNull();
              assertThat(until.test(p)).as(p.toString()).isTrue();
              found[0] = p;
            });
    return found[0];
  }

  public JsonNode awaitStatus(UUID item, String slug, Caller who, String status) {
    return awaitPublication(item, slug, who, p -> p.get("status").asString().equals(status));
  }

  public JsonNode publication(UUID item, String slug, Caller who) {
    for (JsonNode p : publications(item, who).get("items")) {
      if (p.get("channel").get("slug").asString().equals(slug)) {
        return p;
      }
    }
    return null;
  }

  /** The item's attempts, oldest first. */
  public List<JsonNode> attempts(UUID item, Caller who) {
    HttpResponse<String> r = api.get("/api/v1/content/" + item + "/attempts?limit=100", who);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    List<JsonNode> all =
        new java.util.ArrayList<>(Http.json(r).get("items").valueStream().toList());
    java.util.Collections.reverse(all);
    return all;
  }

  public Http http() {
    return http;
  }
}
