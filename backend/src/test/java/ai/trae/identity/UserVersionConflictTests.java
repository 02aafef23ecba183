package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Two administrators changing one user cannot silently overwrite each other. */
@IntegrationTest
class UserVersionConflictTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;
  String alice;
  String bob;

  @BeforeEach
  void admins() {
    api = new Api(http);
    alice = accounts.login(accounts.create("ADMIN"));
    bob = accounts.login(accounts.create("ADMIN"));
  }

  @Test
  void ofTwoConcurrentChangesFromOneVersionOneWinsAndTheOtherIsToldOfTheConflict()
      throws Exception {
    try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
      for (int round = 0; round < 8; round++) {
        UUID target = viewer();
        int version = listed(target).get("version").asInt();
        CyclicBarrier start = new CyclicBarrier(2);
        Future<HttpResponse<String>> byAlice =
            pool.submit(() -> change(start, alice, target, "EDITOR", version));
        Future<HttpResponse<String>> byBob =
            pool.submit(() -> change(start, bob, target, "AUTHOR", version));
        List<HttpResponse<String>> answers = List.of(byAlice.get(), byBob.get());

        List<Integer> statuses =
            new ArrayList<>(answers.stream().map(r -> r.statusCode()).toList());
        assertThat(statuses).as("round %d: %s", round, answers).containsExactlyInAnyOrder(200, 409);
        HttpResponse<String> won = answers.get(statuses.indexOf(200));
        HttpResponse<String> lost = answers.get(statuses.indexOf(409));
        assertThat(Api.type(lost)).isEqualTo("/problems/version-conflict");
        assertThat(lost.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(lost).get("detail").asString()).contains("changed this user");
        String winner = json(won).get("role").asString();
        assertThat(json(won).get("version").asInt()).isEqualTo(version + 1);
        assertThat(listed(target).get("role").asString()).isEqualTo(winner);
        assertThat(listed(target).get("version").asInt()).isEqualTo(version + 1);
      }
    }
  }

  @Test
  void aChangeFromAStaleVersionIsRefusedAndWritesNothing() {
    UUID target = viewer();
    int version = listed(target).get("version").asInt();
    assertThat(patch(alice, target, "{\"role\":\"EDITOR\",\"version\":%d}".formatted(version)))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(200);

    HttpResponse<String> stale =
        patch(bob, target, "{\"disabled\":true,\"version\":%d}".formatted(version));

    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(409);
    assertThat(Api.type(stale)).isEqualTo("/problems/version-conflict");
    assertThat(json(stale).get("currentVersion").asInt()).isEqualTo(version + 1);
    JsonNode now = listed(target);
    assertThat(now.get("status").asString()).isEqualTo("active");
    assertThat(now.get("role").asString()).isEqualTo("EDITOR");
  }

  @Test
  void ifMatchWithAStaleVersionAnswers412AndWithTheCurrentOneApplies() {
    UUID target = viewer();
    int version = listed(target).get("version").asInt();

    HttpResponse<String> stale =
        patchIfMatch(alice, target, "\"" + (version + 5) + "\"", "{\"role\":\"EDITOR\"}");
    assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
    assertThat(Api.type(stale)).isEqualTo("/problems/version-conflict");
    HttpResponse<String> foreign =
        patchIfMatch(alice, target, "\"not-a-version\"", "{\"role\":\"EDITOR\"}");
    assertThat(foreign.statusCode()).as(foreign.body()).isEqualTo(412);
    assertThat(listed(target).get("role").asString()).isEqualTo("VIEWER");

    HttpResponse<String> current =
        patchIfMatch(alice, target, "W/\"" + version + "\"", "{\"role\":\"EDITOR\"}");
    assertThat(current.statusCode()).as(current.body()).isEqualTo(200);
    assertThat(json(current).get("version").asInt()).isEqualTo(version + 1);
    assertThat(patchIfMatch(bob, target, "*", "{\"role\":\"AUTHOR\"}").statusCode()).isEqualTo(200);
  }

  @Test
  void aChangeWithoutAVersionStillApplies() {
    UUID target = viewer();
    int version = listed(target).get("version").asInt();

    HttpResponse<String> changed = patch(alice, target, "{\"role\":\"EDITOR\"}");
    HttpResponse<String> again = patch(bob, target, "{\"disabled\":true}");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
    assertThat(json(again).get("version").asInt()).isEqualTo(version + 2);
  }

  @Test
  void aNegativeVersionIsAValidationProblem() {
    HttpResponse<String> bad = patch(alice, viewer(), "{\"role\":\"EDITOR\",\"version\":-1}");

    assertThat(bad.statusCode()).as(bad.body()).isEqualTo(400);
    assertThat(Api.type(bad)).isEqualTo("/problems/validation-failed");
  }

  private HttpResponse<String> change(
      CyclicBarrier start, String token, UUID target, String role, int version) throws Exception {
    start.await();
    return patch(token, target, "{\"role\":\"%s\",\"version\":%d}".formatted(role, version));
  }

  private HttpResponse<String> patch(String token, UUID target, String body) {
    return api.send(token, "PATCH", "/api/v1/users/" + target, body);
  }

  private HttpResponse<String> patchIfMatch(String token, UUID target, String tag, String body) {
    return http.send(
        "PATCH",
        "/api/v1/users/" + target,
        body,
        "Authorization",
        "Bearer " + token,
        "Content-Type",
        "application/json",
        "If-Match",
        tag);
  }

  private UUID viewer() {
    String email = accounts.create("VIEWER");
    return jdbc.sql("select id from users where email = ?").param(email).query(UUID.class).single();
  }

  private JsonNode listed(UUID id) {
    String email =
        jdbc.sql("select email from users where id = ?").param(id).query(String.class).single();
    HttpResponse<String> page = api.get(alice, "/api/v1/users?q=" + email);
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    return json(page).get("items").get(0);
  }
}
