package ai.trae.integrations.ai.provider;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The AI providers API over HTTP, with WireMock standing in for OpenAI and Ollama and answering in
 * their real wire shapes: a provider's key is sealed and never answered, only {@code ai:admin}
 * reaches any of it, and "Test connection" answers the provider's models or its reason for
 * refusing.
 */
@IntegrationTest
class AiProvidersApiTests {

  static final String KEY = "sk-test-4f9c2a7e1b";

  static WireMockServer provider;

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  String admin;

  @BeforeAll
  static void startProvider() {
    provider = new WireMockServer(options().dynamicPort());
    provider.start();
  }

  @AfterAll
  static void stopProvider() {
    provider.stop();
  }

  @BeforeEach
  void setUp() {
    admin = accounts.tokenFor("ADMIN");
    provider.resetAll();
  }

  String base() {
    return "http://localhost:" + provider.port();
  }

  static String name() {
    return "Provider " + UUID.randomUUID().toString().substring(0, 8);
  }

  HttpResponse<String> send(String method, String path, String body, String token, String... more) {
    List<String> headers = new ArrayList<>(List.of(Accounts.bearer(token)));
    headers.add("Content-Type");
    headers.add("application/json");
    headers.addAll(List.of(more));
    return http.send(method, path, body, headers.toArray(String[]::new));
  }

  HttpResponse<String> create(String body) {
    return send("POST", "/api/v1/ai/providers", body, admin);
  }

  String openAiBody(String name) {
    return """
        {"name": "%s", "kind": "openai", "baseUrl": "%s/v1", "apiKey": "%s",
         "models": ["gpt-4o-mini", "gpt-4o"], "defaultModels": {"draft": "gpt-4o", "seo": "gpt-4o-mini"},
         "maxConcurrency": 8, "requestsPerMinute": 500}"""
        .formatted(name, base(), KEY);
  }

  JsonNode created(String body) {
    HttpResponse<String> r = create(body);
    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    return Http.json(r);
  }

  @Test
  void aProviderIsCreatedWithItsKeySealedAndNeverAnswered() {
    String name = name();
    HttpResponse<String> r = create(openAiBody(name));

    assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
    assertThat(r.headers().firstValue("Location"))
        .hasValueSatisfying(l -> assertThat(l).startsWith("/api/v1/ai/providers/"));
    assertThat(r.headers().firstValue("ETag")).hasValue("\"1\"");
    JsonNode body = Http.json(r);
    assertThat(body.get("name").asString()).isEqualTo(name);
    assertThat(body.get("kind").asString()).isEqualTo("openai");
    // the trailing /v1 is TRAE's to add: either form an admin pastes works
    assertThat(body.get("baseUrl").asString()).isEqualTo(base());
    assertThat(body.get("apiKeySet").asBoolean()).isTrue();
    assertThat(body.get("models").toString()).isEqualTo("[\"gpt-4o-mini\",\"gpt-4o\"]");
    assertThat(body.get("defaultModels").get("draft").asString()).isEqualTo("gpt-4o");
    assertThat(body.get("maxConcurrency").asInt()).isEqualTo(8);
    assertThat(body.get("requestsPerMinute").asInt()).isEqualTo(500);
    assertThat(body.get("enabled").asBoolean()).isTrue();
    assertThat(body.get("createdBy").get("displayName").asString()).isEqualTo("ADMIN user");
    assertThat(r.body()).doesNotContain(KEY);

    String id = body.get("id").asString();
    HttpResponse<String> read = send("GET", "/api/v1/ai/providers/" + id, "", admin);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(read.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(read.body()).doesNotContain(KEY).contains("\"apiKeySet\":true");
    HttpResponse<String> list = send("GET", "/api/v1/ai/providers", "", admin);
    assertThat(list.statusCode()).isEqualTo(200);
    assertThat(list.body()).contains(name).doesNotContain(KEY);
    assertThat(Http.json(list).get("items").isArray()).isTrue();

    byte[] stored =
        jdbc.sql("select api_key from ai_providers where id = ?::uuid")
            .param(id)
            .query(byte[].class)
            .single();
    assertThat(stored).isNotEmpty();
    assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("sk-test");
    assertThat(audit("ai.provider.created", id))
        .contains(name, "gpt-4o-mini", "\"apiKeySet\": true")
        .doesNotContain(KEY);
  }

  @Test
  void anOllamaNeedsNoKeyAndGetsTheDefaultLimits() {
    JsonNode body =
        created(
            """
            {"name": "%s", "kind": "ollama", "baseUrl": "%s/"}"""
                .formatted(name(), base()));

    assertThat(body.get("apiKeySet").asBoolean()).isFalse();
    assertThat(body.get("baseUrl").asString()).isEqualTo(base());
    assertThat(body.get("models").toString()).isEqualTo("[]");
    assertThat(body.get("maxConcurrency").asInt()).isEqualTo(4);
    assertThat(body.get("requestsPerMinute").asInt()).isEqualTo(60);
  }

  @Test
  void anUpdateNeedsIfMatchKeepsTheKeyUnlessGivenAndIsAudited() {
    String name = name();
    String id = created(openAiBody(name)).get("id").asString();
    String renamed = name + " (EU)";
    String body =
        """
        {"name": "%s", "kind": "openai", "baseUrl": "https://api.openai.example",
         "models": [], "defaultModels": {"translate": "gpt-4o"}, "enabled": false}"""
            .formatted(renamed);
    String path = "/api/v1/ai/providers/" + id;

    assertThat(send("PUT", path, body, admin).statusCode()).isEqualTo(428);
    HttpResponse<String> stale = send("PUT", path, body, admin, "If-Match", "\"7\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(Http.json(stale).get("current").get("name").asString()).isEqualTo(name);
    assertThat(stale.body()).doesNotContain(KEY);

    HttpResponse<String> kept = send("PUT", path, body, admin, "If-Match", "\"1\"");
    assertThat(kept.statusCode()).as(kept.body()).isEqualTo(200);
    assertThat(kept.headers().firstValue("ETag")).hasValue("\"2\"");
    JsonNode after = Http.json(kept);
    assertThat(after.get("name").asString()).isEqualTo(renamed);
    assertThat(after.get("apiKeySet").asBoolean()).isTrue();
    assertThat(after.get("enabled").asBoolean()).isFalse();
    assertThat(after.get("defaultModels").get("translate").asString()).isEqualTo("gpt-4o");
    assertThat(audit("ai.provider.updated", id)).contains("\"apiKey\": \"kept\"");

    // the same ETag again lost the race to the first update
    assertThat(send("PUT", path, body, admin, "If-Match", "\"1\"").statusCode()).isEqualTo(412);

    String removeKey = body.replace("\"models\": []", "\"apiKey\": \"\", \"models\": []");
    HttpResponse<String> removed = send("PUT", path, removeKey, admin, "If-Match", "\"2\"");
    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
    assertThat(Http.json(removed).get("apiKeySet").asBoolean()).isFalse();
    assertThat(
            jdbc.sql("select api_key is null from ai_providers where id = ?::uuid")
                .param(id)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void aDeletedProviderIsGoneAndAudited() {
    String id = created(openAiBody(name())).get("id").asString();
    String path = "/api/v1/ai/providers/" + id;

    assertThat(send("DELETE", path, "", admin).statusCode()).isEqualTo(204);

    HttpResponse<String> gone = send("GET", path, "", admin);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(Http.json(gone).get("type").asString()).endsWith("/problems/ai-provider-not-found");
    assertThat(send("DELETE", path, "", admin).statusCode()).isEqualTo(404);
    assertThat(audit("ai.provider.deleted", id)).contains("openai");
  }

  @Test
  void twoProvidersCannotShareAName() {
    String name = name();
    created(openAiBody(name));

    HttpResponse<String> again = create(openAiBody(name.toUpperCase()));

    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Http.json(again).get("type").asString())
        .endsWith("/problems/ai-provider-name-taken");
  }

  @Test
  void onlyAiAdminsReachProviders() {
    String id = created(openAiBody(name())).get("id").asString();
    String editor = accounts.tokenFor("EDITOR");
    String path = "/api/v1/ai/providers/" + id;

    for (HttpResponse<String> r :
        List.of(
            send("GET", "/api/v1/ai/providers", "", editor),
            send("GET", path, "", editor),
            send("POST", "/api/v1/ai/providers", openAiBody(name()), editor),
            send("PUT", path, openAiBody(name()), editor, "If-Match", "\"1\""),
            send("DELETE", path, "", editor),
            send("POST", path + "/test", "", editor))) {
      assertThat(r.statusCode()).as(r.body()).isEqualTo(403);
      assertThat(r.body()).doesNotContain(KEY);
    }
    assertThat(send("GET", path, "", accounts.tokenFor("OWNER")).statusCode()).isEqualTo(200);
    assertThat(provider.getAllServeEvents()).isEmpty();
  }

  @Test
  void testConnectionListsAnOpenAiCompatibleProvidersModelsWithTheKey() {
    provider.stubFor(
        get("/v1/models")
            .withHeader("Authorization", equalTo("Bearer " + KEY))
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"object": "list", "data": [
                          {"id": "gpt-4o-mini", "object": "model", "created": 1721172741, "owned_by": "system"},
                          {"id": "gpt-4o", "object": "model", "created": 1715367049, "owned_by": "system"}
                        ]}""")));
    String id = created(openAiBody(name())).get("id").asString();

    HttpResponse<String> r = send("POST", "/api/v1/ai/providers/" + id + "/test", "", admin);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = Http.json(r);
    assertThat(body.get("ok").asBoolean()).isTrue();
    assertThat(body.get("models").toString()).isEqualTo("[\"gpt-4o\",\"gpt-4o-mini\"]");
    assertThat(body.get("detail").asString()).isEqualTo("Connected; 2 models.");
    assertThat(body.get("latencyMs").asLong()).isNotNegative();
    provider.verify(1, getRequestedFor(urlEqualTo("/v1/models")));
  }

  @Test
  void aRefusedKeyIsAnAnswerWithTheProvidersReasonNotAnError() {
    provider.stubFor(
        get("/v1/models")
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"error": {"message": "Incorrect API key provided: sk-test-****1b2b.",
                         "type": "invalid_request_error", "param": null, "code": "invalid_api_key"}}""")));
    String id = created(openAiBody(name())).get("id").asString();

    HttpResponse<String> r = send("POST", "/api/v1/ai/providers/" + id + "/test", "", admin);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = Http.json(r);
    assertThat(body.get("ok").asBoolean()).isFalse();
    assertThat(body.get("detail").asString())
        .isEqualTo("The provider answered 401: Incorrect API key provided: sk-test-****1b2b.");
    assertThat(body.get("models").toString()).isEqualTo("[]");
  }

  @Test
  void testConnectionListsAnOllamasModelsThroughItsTags() {
    provider.stubFor(
        get("/api/tags")
            .willReturn(
                aResponse()
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        """
                        {"models": [{"name": "llama3.2:latest", "model": "llama3.2:latest",
                          "modified_at": "2026-11-30T09:12:44.123456789Z", "size": 2019393189,
                          "digest": "a80c4f17acd55265feec403c7aef86be0c25983ab279d83f3bcd3abbcb5b8b72",
                          "details": {"parent_model": "", "format": "gguf", "family": "llama",
                            "families": ["llama"], "parameter_size": "3.2B",
                            "quantization_level": "Q4_K_M"}}]}""")));
    String id =
        created(
                """
                {"name": "%s", "kind": "ollama", "baseUrl": "%s"}"""
                    .formatted(name(), base()))
            .get("id")
            .asString();

    HttpResponse<String> r = send("POST", "/api/v1/ai/providers/" + id + "/test", "", admin);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = Http.json(r);
    assertThat(body.get("ok").asBoolean()).as(r.body()).isTrue();
    assertThat(body.get("models").toString()).isEqualTo("[\"llama3.2:latest\"]");
    assertThat(body.get("detail").asString()).isEqualTo("Connected; 1 model.");
  }

  @Test
  void anUnreachableProviderIsAnAnswerToo() {
    String id =
        created(
                """
                {"name": "%s", "kind": "ollama", "baseUrl": "http://127.0.0.1:1"}"""
                    .formatted(name()))
            .get("id")
            .asString();

    HttpResponse<String> r = send("POST", "/api/v1/ai/providers/" + id + "/test", "", admin);

    assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
    JsonNode body = Http.json(r);
    assertThat(body.get("ok").asBoolean()).isFalse();
    assertThat(body.get("detail").asString()).startsWith("Could not reach http://127.0.0.1:1");
  }

  @Test
  void everyFaultOfADraftIsNamed() {
    HttpResponse<String> r =
        create(
            """
            {"name": " ", "kind": "anthropic", "baseUrl": "https://api.example",
             "defaultModels": {"poetry": "m"}, "maxConcurrency": 0, "requestsPerMinute": 10001}""");

    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(fields(r))
        .containsExactlyInAnyOrder(
            "name", "kind", "defaultModels.poetry", "maxConcurrency", "requestsPerMinute");

    HttpResponse<String> models =
        create(
            """
            {"name": "%s", "kind": "openai", "baseUrl": "https://api.example",
             "models": ["gpt-4o", "gpt-4o"], "defaultModels": {"draft": "o1"}, "maxConcurrency": 65}"""
                .formatted(name()));
    assertThat(models.statusCode()).as(models.body()).isEqualTo(400);
    assertThat(fields(models))
        .containsExactlyInAnyOrder("models[1]", "defaultModels.draft", "maxConcurrency");
  }

  @Test
  void plainHttpIsOnlyForPrivateHosts() {
    for (String url :
        List.of(
            "http://api.openai.com",
            "ftp://localhost",
            "not a url",
            "https://user:pw@api.example",
            "/v1")) {
      HttpResponse<String> r =
          create(
              """
              {"name": "%s", "kind": "openai", "baseUrl": "%s"}"""
                  .formatted(name(), url));
      assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(400);
      assertThat(fields(r)).as(url).containsExactly("baseUrl");
    }
    assertThat(
            create(
                    """
                    {"name": "%s", "kind": "ollama", "baseUrl": "http://192.168.1.20:11434"}"""
                        .formatted(name()))
                .statusCode())
        .isEqualTo(201);
    HttpResponse<String> missing = create("{\"kind\": \"openai\"}");
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(Http.json(missing).get("type").asString()).endsWith("/problems/validation-failed");
  }

  static List<String> fields(HttpResponse<String> r) {
    List<String> fields = new ArrayList<>();
    Http.json(r).get("errors").forEach(e -> fields.add(e.get("field").asString()));
    return fields;
  }

  String audit(String action, String target) {
    return String.join(
        "\n",
        jdbc.sql("select summary::text from audit_events where action = ? and target_id = ?")
            .params(action, target)
            .query(String.class)
            .list());
  }
}
