package ai.trae.platform.web;

import static ai.trae.platform.web.ProblemDetailsTests.assertProblem;
import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.platform.web.idempotency.IdempotencyKeys;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The Idempotency-Key filter over HTTP, against handlers that count how often they really ran. */
@IntegrationTest
@Import(WebSupportEndpoints.class)
class IdempotencyKeyTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired IdempotencyKeys keys;
  @Autowired WebSupportEndpoints endpoints;

  private final String run = "run-" + UUID.randomUUID();
  private final String key = UUID.randomUUID().toString();

  private HttpResponse<String> post(String query, String body, String... extra) {
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
    headers.addAll(List.of(extra));
    return http.send("POST", "/api/test/runs/" + run + query, body, headers.toArray(String[]::new));
  }

  private HttpResponse<String> post(String body) {
    return post("", body, "Idempotency-Key", key);
  }

  @Test
  void theSameKeyAndBodyReplaysTheStoredResponseWithoutRunningAgain() {
    HttpResponse<String> first = post("{\"title\":\"hello\"}");
    HttpResponse<String> again = post("{\"title\":\"hello\"}");

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(first.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.body()).isEqualTo(first.body());
    for (String header : List.of("Location", "ETag", "Content-Type")) {
      assertThat(again.headers().firstValue(header))
          .as(header)
          .isPresent()
          .isEqualTo(first.headers().firstValue(header));
    }
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(again.headers().firstValue("X-Request-Id"))
        .isNotEqualTo(first.headers().firstValue("X-Request-Id"));
    assertThat(endpoints.executions(run)).isEqualTo(1);
  }

  @Test
  void theSameKeyWithAnotherBodyIs422AndDoesNotRun() {
    post("{\"title\":\"hello\"}");

    HttpResponse<String> other = post("{\"title\":\"bye\"}");
    HttpResponse<String> otherQuery =
        post("?sleepMillis=1", "{\"title\":\"hello\"}", "Idempotency-Key", key);

    assertProblem(other, 422, "/problems/idempotency-key-reused");
    assertProblem(otherQuery, 422, "/problems/idempotency-key-reused");
    assertThat(endpoints.executions(run)).isEqualTo(1);
  }

  @Test
  void eightConcurrentRequestsWithOneKeyRunOnceAndAllGetItsResponse() throws Exception {
    int clients = 8;
    CountDownLatch start = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
      for (int i = 0; i < clients; i++) {
        answers.add(
            pool.submit(
                () -> {
                  start.await();
                  return post("?sleepMillis=300", "{\"n\":1}", "Idempotency-Key", key);
                }));
      }
      start.countDown();
      List<HttpResponse<String>> responses = new ArrayList<>();
      for (Future<HttpResponse<String>> answer : answers) {
        responses.add(answer.get());
      }

      assertThat(endpoints.executions(run)).isEqualTo(1);
      assertThat(responses).extracting(HttpResponse::statusCode).containsOnly(201);
      assertThat(responses).extracting(HttpResponse::body).containsOnly(responses.get(0).body());
      assertThat(responses)
          .filteredOn(r -> r.headers().firstValue("Idempotent-Replayed").isPresent())
          .hasSize(clients - 1);
    }
  }

  @Test
  void anExpiredKeyRunsAgainAndThePurgeForgetsIt() {
    post("{\"a\":1}");
    jdbc.sql(
            "update idempotency_keys set expires_at = now() - interval '1 second' where idem_key = ?")
        .param(key)
        .update();

    HttpResponse<String> later = post("{\"a\":1}");

    assertThat(later.statusCode()).isEqualTo(201);
    assertThat(later.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(endpoints.executions(run)).isEqualTo(2);
    assertThat(keys.purgeExpired(Instant.now())).isZero(); // claimed again: a new day to live
    assertThat(keys.purgeExpired(Instant.now().plus(IdempotencyKeys.TTL).plusSeconds(1)))
        .isPositive();
    assertThat(rows()).isZero();
  }

  @Test
  void keysAreScopedToTheCaller() {
    String viewer = accounts.login(accounts.create("VIEWER"));
    String editor = accounts.login(accounts.create("EDITOR"));

    HttpResponse<String> asViewer =
        post("", "{}", "Idempotency-Key", key, "Authorization", "Bearer " + viewer);
    HttpResponse<String> asEditor =
        post("", "{}", "Idempotency-Key", key, "Authorization", "Bearer " + editor);
    HttpResponse<String> anonymous = post("", "{}", "Idempotency-Key", key);
    HttpResponse<String> viewerAgain =
        post("", "{}", "Idempotency-Key", key, "Authorization", "Bearer " + viewer);

    assertThat(List.of(asViewer, asEditor, anonymous))
        .allSatisfy(r -> assertThat(r.headers().firstValue("Idempotent-Replayed")).isEmpty());
    assertThat(endpoints.executions(run)).isEqualTo(3);
    assertThat(viewerAgain.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(viewerAgain.body()).isEqualTo(asViewer.body());
  }

  @Test
  void onlyPostsAreGuarded() {
    endpoints.put(run, "draft", 1);
    String note = "/api/test/notes/" + run;
    String[] headers = {
      "Content-Type", "application/json", "Idempotency-Key", key, "If-Match", "*"
    };

    HttpResponse<String> read = http.get(note, "Idempotency-Key", key);
    http.send("PATCH", note, "{\"text\":\"x\"}", headers);
    HttpResponse<String> second = http.send("PATCH", note, "{\"text\":\"x\"}", headers);

    assertThat(read.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(second.headers().firstValue("ETag")).hasValue("\"3\"");
    assertThat(rows()).isZero();
  }

  @Test
  void serverErrorsAreNotStoredButClientErrorsAre() {
    String failKey = UUID.randomUUID().toString();
    post("?status=503", "{}", "Idempotency-Key", failKey);
    HttpResponse<String> retry = post("?status=503", "{}", "Idempotency-Key", failKey);
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(endpoints.executions(run)).isEqualTo(2);

    post("?status=409", "{}", "Idempotency-Key", key);
    HttpResponse<String> refusedAgain = post("?status=409", "{}", "Idempotency-Key", key);
    assertThat(refusedAgain.statusCode()).isEqualTo(409);
    assertThat(refusedAgain.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(endpoints.executions(run)).isEqualTo(3);
  }

  @Test
  void storedResponsesAreSealedAndRequestsWithoutAKeyAreUntouched() {
    post("{\"secret\":\"shown-once-4711\"}");
    byte[] stored =
        jdbc.sql("select body_encrypted from idempotency_keys where idem_key = ?")
            .param(key)
            .query(byte[].class)
            .single();
    assertThat(new String(stored, java.nio.charset.StandardCharsets.ISO_8859_1))
        .doesNotContain("shown-once-4711");

    post("", "{}");
    post("", "{}");
    assertThat(endpoints.executions(run)).isEqualTo(3);
  }

  @Test
  void aKeyThatIsNotVisibleAsciiIs400AndTheQuotedFormIsTheSameKey() {
    assertProblem(post("", "{}", "Idempotency-Key", " "), 400, "/problems/bad-request");
    assertProblem(post("", "{}", "Idempotency-Key", "x".repeat(256)), 400, "/problems/bad-request");

    post("", "{}", "Idempotency-Key", key);
    HttpResponse<String> quoted = post("", "{}", "Idempotency-Key", "\"" + key + "\"");
    assertThat(quoted.headers().firstValue("Idempotent-Replayed")).hasValue("true");
  }

  /** Sign-in answers with cookies and tokens: never stored, every attempt is judged afresh. */
  @Test
  void authenticationEndpointsAreNeverReplayed() {
    String email = accounts.create("VIEWER");
    String body = "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, Accounts.PASSWORD);
    String[] headers = {"Content-Type", "application/json", "Idempotency-Key", key};

    HttpResponse<String> first = http.send("POST", "/api/v1/auth/login", body, headers);
    HttpResponse<String> second = http.send("POST", "/api/v1/auth/login", body, headers);

    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    assertThat(second.headers().firstValue("Idempotent-Replayed")).isEmpty();
    assertThat(json(second).get("accessToken").asString())
        .isNotEqualTo(json(first).get("accessToken").asString());
    assertThat(rows()).isZero();
  }

  private int rows() {
    return jdbc.sql("select count(*) from idempotency_keys where idem_key = ?")
        .param(key)
        .query(Integer.class)
        .single();
  }

  /** A real endpoint, without a line of its own: creating a token twice makes one token. */
  @Test
  void aRetriedTokenCreationGivesTheSameTokenOnce() {
    String session = accounts.login(accounts.create("EDITOR"));
    String body = "{\"name\":\"%s\",\"scopes\":[\"content:read\"]}".formatted(run);
    String[] headers = {
      "Content-Type",
      "application/json",
      "Idempotency-Key",
      key,
      "Authorization",
      "Bearer " + session
    };

    HttpResponse<String> first = http.send("POST", "/api/v1/me/tokens", body, headers);
    HttpResponse<String> retry = http.send("POST", "/api/v1/me/tokens", body, headers);

    assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
    assertThat(retry.statusCode()).isEqualTo(201);
    assertThat(retry.body()).isEqualTo(first.body());
    assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(
            jdbc.sql("select count(*) from personal_access_tokens where name = ?")
                .param(run)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void theApiDescriptionShowsTheHeaderOnGuardedPostsOnly() {
    JsonNode paths = json(http.get("/api/openapi.json")).get("paths");

    assertThat(paths.get("/api/v1/me/tokens").get("post").get("parameters").toString())
        .contains("Idempotency-Key");
    assertThat(paths.get("/api/v1/me/tokens").get("post").get("responses").has("422")).isTrue();
    assertThat(String.valueOf(paths.get("/api/v1/auth/login").get("post").get("parameters")))
        .doesNotContain("Idempotency-Key");
    assertThat(String.valueOf(paths.get("/api/v1/me/tokens").get("get").get("parameters")))
        .doesNotContain("Idempotency-Key");
  }
}
