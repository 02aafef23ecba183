package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Grace window shortened to one second so that "after the window" is quick to reach. */
@IntegrationTest
@TestPropertySource(properties = "trae.identity.refresh-grace=1s")
class RefreshRotationTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void everyRefreshRotatesTheToken() {
    String first = cookie(accounts.loginResponse(accounts.create("EDITOR"), Accounts.PASSWORD));

    HttpResponse<String> refreshed = refresh(first);

    assertThat(refreshed.statusCode()).isEqualTo(200);
    String second = cookie(refreshed);
    assertThat(second).isNotEqualTo(first);
    String access = json(refreshed).get("accessToken").asString();
    assertThat(http.get("/api/v1/me", Accounts.bearer(access)).statusCode()).isEqualTo(200);
    assertThat(refresh(second).statusCode()).isEqualTo(200);
  }

  @Test
  void twoTabsRefreshingAtOnceBothGetAnAccessToken() throws Exception {
    String token = cookie(accounts.loginResponse(accounts.create("EDITOR"), Accounts.PASSWORD));

    var a = CompletableFuture.supplyAsync(() -> refresh(token));
    var b = CompletableFuture.supplyAsync(() -> refresh(token));

    HttpResponse<String> first = a.get();
    HttpResponse<String> second = b.get();
    assertThat(first.statusCode()).isEqualTo(200);
    assertThat(second.statusCode()).isEqualTo(200);
    // exactly one of them rotated; the other answered inside the grace window
    long rotated =
        java.util.stream.Stream.of(first, second)
            .filter(r -> r.headers().firstValue("Set-Cookie").isPresent())
            .count();
    assertThat(rotated).isEqualTo(1);
  }

  @Test
  void reuseAfterTheWindowRevokesOnlyThatSession() throws Exception {
    String email = accounts.create("EDITOR");
    String otherSession = accounts.login(email);
    HttpResponse<String> login = accounts.loginResponse(email, Accounts.PASSWORD);
    String stolen = cookie(login);
    String victimAccess = json(refresh(stolen)).get("accessToken").asString();

    Thread.sleep(1_200);
    HttpResponse<String> replay = refresh(stolen);

    assertThat(replay.statusCode()).isEqualTo(401);
    assertThat(json(replay).get("type").asString()).isEqualTo("/problems/session-expired");
    assertThat(http.get("/api/v1/me", Accounts.bearer(victimAccess)).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/me", Accounts.bearer(otherSession)).statusCode()).isEqualTo(200);
    String userId =
        json(http.get("/api/v1/me", Accounts.bearer(otherSession))).get("id").asString();
    assertThat(
            jdbc.sql(
                    "select count(*) from audit_events where action = 'auth.refresh.reuse-detected' and actor_id = ?")
                .param(userId)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    // the notice comes from a listener once the revocation committed
    await()
        .atMost(Duration.ofSeconds(10))
        .untilAsserted(
            () ->
                assertThat(
                        jdbc.sql("select count(*) from user_notifications where user_id = ?::uuid")
                            .param(userId)
                            .query(Integer.class)
                            .single())
                    .isEqualTo(1));
  }

  @Test
  void noCookieOrAnUnknownOneIs401() {
    assertThat(http.send("POST", "/api/v1/auth/refresh", "").statusCode()).isEqualTo(401);
    assertThat(refresh("made-up-token").statusCode()).isEqualTo(401);
  }

  private HttpResponse<String> refresh(String token) {
    return http.send("POST", "/api/v1/auth/refresh", "", "Cookie", "trae_refresh=" + token);
  }

  private static String cookie(HttpResponse<String> response) {
    String header = response.headers().firstValue("Set-Cookie").orElseThrow();
    return header.substring("trae_refresh=".length(), header.indexOf(';'));
  }
}
