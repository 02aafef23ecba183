package ai.trae.content.publishing.channel;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.content.publishing.PublishingIntegrationTest;
import ai.trae.content.publishing.RecordingConnector;
import ai.trae.content.publishing.connector.Health;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PublishingIntegrationTest
class ChannelsApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("recordingConnector")
  RecordingConnector recording;

  ContentCallers api;
  Caller editor;

  @BeforeEach
  void setUp() {
    api = new ContentCallers(http, accounts, jdbc);
    editor = api.user("EDITOR");
    recording.reset();
  }

  static String slug() {
    return "ch-" + UUID.randomUUID().toString().substring(0, 8);
  }

  HttpResponse<String> create(String slug, String settings, String secrets) {
    return api.send(
        "POST",
        "/api/v1/channels",
        """
        {"slug": "%s", "name": "Partner hook", "connector": "recording",
         "settings": %s, "secrets": %s}"""
            .formatted(slug, settings, secrets),
        editor);
  }

  JsonNode created(String slug) {
    HttpResponse<String> r =
        create(
            slug,
            "{\"url\": \"https://partner.example/hook\", \"count\": 3}",
            "{\"token\": \"s3cr3t-value\"}");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r);
  }

  @Test
  void aChannelIsCreatedWithItsSecretSealedAndNeverAnswered() {
    String slug = slug();
    HttpResponse<String> r =
        create(
            slug,
            "{\"url\": \"https://partner.example/hook\", \"count\": 3, \"flag\": true}",
            "{\"token\": \"s3cr3t-value\"}");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/channels/"));
    assertThat(r.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode body = Http.json(r);
    assertThat(body.get("slug").asString()).isEqualTo(slug);
    assertThat(body.get("settings").get("count").asString()).isEqualTo("3");
    assertThat(body.get("settings").get("flag").asString()).isEqualTo("true");
    assertThat(body.get("secretsSet").toString()).isEqualTo("[\"token\"]");
    assertThat(body.get("health").get("state").asString()).isEqualTo("unknown");
    assertThat(r.body()).doesNotContain("s3cr3t-value");
    String id = body.get("id").asString();
    HttpResponse<String> read = api.get("/api/v1/channels/" + id, editor);
    assertThat(read.body()).doesNotContain("s3cr3t-value").contains("\"secretsSet\":[\"token\"]");
    assertThat(api.get("/api/v1/channels", editor).body())
        .contains(slug)
        .doesNotContain("s3cr3t-value");
    byte[] stored =
        jdbc.sql("select secrets from content_channels where id = ?::uuid")
            .param(id)
            .query(byte[].class)
            .single();
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("s3cr3t");
    assertThat(audit("channel.created", id)).contains("token").doesNotContain("s3cr3t-value");
  }

  @Test
  void aWebhookChannelCreatedWithoutASigningSecretGetsOneMadeForIt() {
    HttpResponse<String> r =
        api.send(
            "POST",
            "/api/v1/channels",
            """
            {"slug": "%s", "name": "Hook", "connector": "webhook",
             "settings": {"url": "https://partner.example/hook"}}"""
                .formatted(slug()),
            editor);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    JsonNode body = Http.json(r);
    assertThat(body.get("secretsSet").toString()).isEqualTo("[\"signingSecret\"]");
    // the generated secret is answered this once, so the receiver can be set up with it
    String secret = body.get("generatedSecrets").get("signingSecret").asString();
    assertThat(secret).startsWith("whsec_");
    String id = body.get("id").asString();
    assertThat(api.get("/api/v1/channels/" + id, editor).body()).doesNotContain(secret);
    assertThat(api.get("/api/v1/channels", editor).body()).doesNotContain(secret);

    HttpResponse<String> rotated =
        api.send("POST", "/api/v1/channels/" + id + "/rotate-secret", "{}", editor);
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    JsonNode secrets = Http.json(rotated).get("secrets");
    // the previous secret stays valid for the overlap on the server, but is not answered again
    assertThat(secrets.propertyNames()).containsExactly("signingSecret");
    assertThat(secrets.get("signingSecret").asString()).startsWith("whsec_").isNotEqualTo(secret);
    assertThat(rotated.body()).doesNotContain(secret);
    assertThat(api.get("/api/v1/channels/" + id, editor).body())
        .doesNotContain(secrets.get("signingSecret").asString());
  }

  @Test
  void aChannelWhoseSecretsWereAllGivenAnswersNoGeneratedSecrets() {
    JsonNode body = created(slug());
    assertThat(body.get("generatedSecrets").isEmpty()).isTrue();
  }

  @Test
  void settingsAreCheckedAgainstTheConnectorsFieldsAndByTheConnector() {
    HttpResponse<String> missing = create(slug(), "{}", "{}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(missing.body()).contains("settings.url");

    HttpResponse<String> wrong =
        create(
            slug(),
            "{\"url\": \"ftp://x\", \"count\": \"many\", \"flag\": \"yes\", \"colour\": \"red\"}",
            "{\"other\": \"x\"}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(wrong.body())
        .contains(
            "settings.url", "settings.count", "settings.flag", "settings.colour", "secrets.other");

    HttpResponse<String> byConnector =
        create(slug(), "{\"url\": \"https://forbidden.example\"}", "{}");
    assertThat(byConnector.statusCode()).isEqualTo(400);
    assertThat(byConnector.body()).contains("Not that host.");

    HttpResponse<String> unknown =
        api.send(
            "POST",
            "/api/v1/channels",
            "{\"slug\": \"%s\", \"name\": \"X\", \"connector\": \"pigeon\"}".formatted(slug()),
            editor);
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(unknown.body()).contains("\"field\":\"connector\"", "recording");

    HttpResponse<String> badSlug = create("Not A Slug", "{\"url\": \"https://a.example\"}", "{}");
    assertThat(badSlug.statusCode()).isEqualTo(400);
    assertThat(badSlug.body()).contains("\"field\":\"slug\"");
  }

  @Test
  void aSlugIsUnique() {
    String slug = slug();
    created(slug);
    HttpResponse<String> again = create(slug, "{\"url\": \"https://a.example\"}", "{}");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(ContentCallers.problem(again)).isEqualTo("/problems/channel-slug-taken");
  }

  @Test
  void anUpdateNeedsIfMatchAndMergesSecrets() {
    String slug = slug();
    String id = created(slug).get("id").asString();
    String body =
        """
        {"slug": "%s", "name": "Renamed", "connector": "recording",
         "settings": {"url": "https://partner.example/v2"}, "secrets": {}}"""
            .formatted(slug);

    assertThat(api.send("PUT", "/api/v1/channels/" + id, body, editor).statusCode()).isEqualTo(428);
    HttpResponse<String> stale = put(id, body, "\"7\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(Http.json(stale).get("current").get("name").asString()).isEqualTo("Partner hook");

    HttpResponse<String> kept = put(id, body, "\"1\"");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    assertThat(kept.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(Http.json(kept).get("secretsSet").toString()).isEqualTo("[\"token\"]");
    assertThat(Http.json(kept).get("settings").get("url").asString())
        .isEqualTo("https://partner.example/v2");

    HttpResponse<String> removed =
        put(id, body.replace("\"secrets\": {}", "\"secrets\": {\"token\": null}"), "\"2\"");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(Http.json(removed).get("secretsSet").toString()).isEqualTo("[]");
    assertThat(audit("channel.updated", id)).contains("secretsRemoved", "token");

    HttpResponse<String> otherConnector =
        put(id, body.replace("\"recording\"", "\"recording-plain\""), "\"3\"");
    assertThat(otherConnector.statusCode()).isEqualTo(400);
  }

  @Test
  void aSlugInUseCannotChangeAndAChannelInUseCannotBeDeleted() {
    String slug = slug();
    String id = created(slug).get("id").asString();
    UUID item =
        api.create(
            "{\"type\": \"article\", \"title\": \"Targets it\", \"channels\": [\"%s\"]}"
                .formatted(slug),
            editor);

    HttpResponse<String> renamed =
        put(
            id,
            """
            {"slug": "%s-new", "name": "X", "connector": "recording",
             "settings": {"url": "https://partner.example/hook"}}"""
                .formatted(slug),
            "\"1\"");
    assertThat(renamed.statusCode()).isEqualTo(409);
    assertThat(ContentCallers.problem(renamed)).isEqualTo("/problems/channel-slug-locked");

    HttpResponse<String> refused = api.send("DELETE", "/api/v1/channels/" + id, "", editor);
    assertThat(refused.statusCode()).isEqualTo(409);
    JsonNode problem = Http.json(refused);
    assertThat(problem.get("type").asString()).isEqualTo("/problems/channel-in-use");
    assertThat(problem.get("items").get(0).get("id").asString()).isEqualTo(item.toString());
    assertThat(problem.get("items").get(0).get("title").asString()).isEqualTo("Targets it");

    jdbc.sql("update content_items set channels = '{}' where id = ?").param(item).update();
    assertThat(api.send("DELETE", "/api/v1/channels/" + id, "", editor).statusCode())
        .isEqualTo(204);
    assertThat(api.get("/api/v1/channels/" + id, editor).statusCode()).isEqualTo(404);
    assertThat(audit("channel.deleted", id)).contains(slug);
  }

  @Test
  void aFreeSlugCanChange() {
    String slug = slug();
    String id = created(slug).get("id").asString();
    HttpResponse<String> renamed =
        put(
            id,
            """
            {"slug": "%s-new", "name": "X", "connector": "recording",
             "settings": {"url": "https://partner.example/hook"}}"""
                .formatted(slug),
            "\"1\"");
    assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
    assertThat(Http.json(renamed).get("slug").asString()).isEqualTo(slug + "-new");
  }

  @Test
  void sendTestStoresTheHealthAndATemporaryFailureKeepsTheKnownExpiry() {
    String id = created(slug()).get("id").asString();
    Instant expires = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    recording.health = new Health(Health.State.OK, "Token works.", expires);

    HttpResponse<String> ok = api.send("POST", "/api/v1/channels/" + id + "/test", "", editor);
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(Http.json(ok).get("state").asString()).isEqualTo("ok");
    assertThat(Http.json(ok).get("credentialExpiresAt").asString()).isEqualTo(expires.toString());
    // within 7 days: admins are warned, once per expiry
    assertThat(audit("channel.credential-expiring", id)).contains(expires.toString());
    api.send("POST", "/api/v1/channels/" + id + "/test", "", editor);
    assertThat(count("channel.credential-expiring", id)).isEqualTo(1);

    recording.health = Health.temporaryFailure("Destination down.");
    HttpResponse<String> down = api.send("POST", "/api/v1/channels/" + id + "/test", "", editor);
    assertThat(Http.json(down).get("state").asString()).isEqualTo("temporary_failure");
    JsonNode channel = Http.json(api.get("/api/v1/channels/" + id, editor));
    assertThat(channel.get("health").get("state").asString()).isEqualTo("temporary_failure");
    assertThat(channel.get("health").get("credentialExpiresAt").asString())
        .isEqualTo(expires.toString());

    recording.health = Health.credentialInvalid("Token revoked.");
    api.send("POST", "/api/v1/channels/" + id + "/test", "", editor);
    channel = Http.json(api.get("/api/v1/channels/" + id, editor));
    assertThat(channel.get("health").get("state").asString()).isEqualTo("credential_invalid");
    assertThat(channel.get("health").get("detail").asString()).isEqualTo("Token revoked.");
  }

  @Test
  void rotatingAnswersTheNewSecretOnce() {
    String id = created(slug()).get("id").asString();
    HttpResponse<String> rotated =
        api.send(
            "POST", "/api/v1/channels/" + id + "/rotate-secret", "{\"overlapHours\": 2}", editor);
    assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
    assertThat(Http.json(rotated).get("secrets").get("token").asString()).startsWith("rotated-");
    assertThat(Http.json(rotated).get("channel").get("version").asLong()).isEqualTo(2);
    assertThat(api.get("/api/v1/channels/" + id, editor).body()).doesNotContain("rotated-");
    assertThat(
            api.send(
                    "POST",
                    "/api/v1/channels/" + id + "/rotate-secret",
                    "{\"overlapHours\": 500}",
                    editor)
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void connectorTypesListTheirFields() {
    JsonNode types = Http.json(api.get("/api/v1/channels/connectors", editor)).get("items");
    List<String> names = types.valueStream().map(t -> t.get("type").asString()).toList();
    assertThat(names).contains("recording", "recording-lookup", "recording-plain");
    JsonNode recordingType =
        types
            .valueStream()
            .filter(t -> t.get("type").asString().equals("recording"))
            .findFirst()
            .orElseThrow();
    assertThat(recordingType.get("settings").get(0).get("kind").asString()).isEqualTo("url");
    assertThat(recordingType.get("repeatIsSafe").asBoolean()).isTrue();
  }

  @Test
  void onlyChannelManagersChangeChannelsAndReadersSeeThem() {
    String id = created(slug()).get("id").asString();
    Caller author = api.user("AUTHOR");
    assertThat(api.get("/api/v1/channels/" + id, author).statusCode()).isEqualTo(200);
    assertThat(
            api.send(
                    "POST",
                    "/api/v1/channels",
                    "{\"slug\": \"x\", \"name\": \"x\", \"connector\": \"recording\"}",
                    author)
                .statusCode())
        .isEqualTo(403);
    assertThat(api.send("DELETE", "/api/v1/channels/" + id, "", author).statusCode())
        .isEqualTo(403);
    assertThat(api.send("POST", "/api/v1/channels/" + id + "/test", "", author).statusCode())
        .isEqualTo(403);
    assertThat(api.get("/api/v1/channels/" + id + "/attempts", author).statusCode()).isEqualTo(403);
  }

  HttpResponse<String> put(String id, String body, String ifMatch) {
    return http.send(
        "PUT",
        "/api/v1/channels/" + id,
        body,
        "Content-Type",
        "application/json",
        "If-Match",
        ifMatch,
        "Authorization",
        "Bearer " + editor.token());
  }

  String audit(String action, String target) {
    return String.join(
        "\n",
        jdbc.sql("select summary::text from audit_events where action = ? and target_id = ?")
            .params(action, target)
            .query(String.class)
            .list());
  }

  long count(String action, String target) {
    return jdbc.sql("select count(*) from audit_events where action = ? and target_id = ?")
        .params(action, target)
        .query(Long.class)
        .single();
  }
}
