package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class AuthFlowTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void loginSetsAStrictHttpOnlyRefreshCookieScopedToAuth() {
    HttpResponse<String> response =
        accounts.loginResponse(accounts.create("EDITOR"), Accounts.PASSWORD);

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode body = json(response);
    assertThat(body.get("tokenType").asString()).isEqualTo("Bearer");
    assertThat(body.get("expiresIn").asInt()).isEqualTo(600);
    assertThat(body.get("accessToken").asString().split("\\.")).hasSize(3);
    String cookie = response.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie)
        .startsWith("trae_refresh=")
        .contains("HttpOnly", "SameSite=Strict", "Path=/api/v1/auth")
        .doesNotContain("Secure"); // plain HTTP here; Secure is set behind TLS
  }

  @Test
  void unknownEmailAndWrongPasswordLookTheSame() {
    String email = accounts.create("VIEWER");
    HttpResponse<String> wrong = accounts.loginResponse(email, "not the password at all");
    HttpResponse<String> unknown =
        accounts.loginResponse("nobody-" + email, "not the password at all");

    assertThat(wrong.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(401);
    assertThat(strip(wrong)).isEqualTo(strip(unknown));
    assertThat(json(wrong).get("type").asString()).isEqualTo("/problems/invalid-credentials");
  }

  @Test
  void repeatedFailuresLockTheAccountWithoutSayingSo() {
    String email = accounts.create("AUTHOR");
    for (int i = 0; i < 5; i++) {
      assertThat(accounts.loginResponse(email, "wrong password number " + i).statusCode())
          .isEqualTo(401);
    }

    HttpResponse<String> locked = accounts.loginResponse(email, Accounts.PASSWORD);

    assertThat(locked.statusCode()).isEqualTo(401);
    assertThat(strip(locked)).isEqualTo(strip(accounts.loginResponse("nobody@example.test", "x")));
    assertThat(
            jdbc.sql("select locked_until > now() from users where lower(email) = lower(?)")
                .param(email)
                .query(Boolean.class)
                .single())
        .isTrue();
  }

  @Test
  void meAnswersWithTheTokenAndNotWithout() {
    String email = accounts.create("EDITOR");
    String token = accounts.login(email);

    HttpResponse<String> me = http.get("/api/v1/me", Accounts.bearer(token));

    assertThat(me.statusCode()).isEqualTo(200);
    assertThat(json(me).get("email").asString()).isEqualTo(email);
    assertThat(json(me).get("permissions").valueStream().map(JsonNode::asString).toList())
        .contains("content:publish")
        .doesNotContain("users:manage");
    HttpResponse<String> anonymous = http.get("/api/v1/me");
    assertThat(anonymous.statusCode()).isEqualTo(401);
    assertThat(anonymous.headers().firstValue("WWW-Authenticate"))
        .hasValueSatisfying(v -> v.startsWith("Bearer"));
    assertThat(json(anonymous).get("type").asString()).isEqualTo("/problems/unauthorized");
  }

  @Test
  void logoutStopsTheAccessTokenAtOnce() {
    HttpResponse<String> login =
        accounts.loginResponse(accounts.create("EDITOR"), Accounts.PASSWORD);
    String token = json(login).get("accessToken").asString();
    assertThat(http.get("/api/v1/me", Accounts.bearer(token)).statusCode()).isEqualTo(200);

    HttpResponse<String> logout =
        http.send("POST", "/api/v1/auth/logout", "", Accounts.bearer(token));

    assertThat(logout.statusCode()).isEqualTo(204);
    assertThat(logout.headers().firstValue("Set-Cookie").orElseThrow()).contains("Max-Age=0");
    HttpResponse<String> after = http.get("/api/v1/me", Accounts.bearer(token));
    assertThat(after.statusCode()).isEqualTo(401);
    assertThat(json(after).get("detail").asString()).contains("revoked");
  }

  @Test
  void sessionsAreListedAndOthersCanBeSignedOut() {
    String email = accounts.create("EDITOR");
    String first = accounts.login(email);
    String second = accounts.login(email);

    HttpResponse<String> list = http.get("/api/v1/me/sessions", Accounts.bearer(first));
    assertThat(json(list).get("items")).hasSize(2);
    assertThat(json(list).get("items").findValues("current").stream().filter(JsonNode::asBoolean))
        .hasSize(1);

    HttpResponse<String> revoked =
        http.send("POST", "/api/v1/me/sessions/revoke-others", "", Accounts.bearer(first));

    assertThat(json(revoked).get("revoked").asInt()).isEqualTo(1);
    assertThat(http.get("/api/v1/me", Accounts.bearer(second)).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/me", Accounts.bearer(first)).statusCode()).isEqualTo(200);
  }

  @Test
  void changingThePasswordNeedsTheOldOneAndEndsOtherSessions() {
    String email = accounts.create("AUTHOR");
    String mine = accounts.login(email);
    String other = accounts.login(email);

    HttpResponse<String> wrongOld =
        http.send(
            "POST",
            "/api/v1/me/password",
            "{\"currentPassword\":\"nope\",\"newPassword\":\"an entirely new passphrase 77\"}",
            header(mine));
    assertThat(wrongOld.statusCode()).isEqualTo(400);
    HttpResponse<String> weak =
        http.send(
            "POST",
            "/api/v1/me/password",
            "{\"currentPassword\":\"%s\",\"newPassword\":\"password1234\"}"
                .formatted(Accounts.PASSWORD),
            header(mine));
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(json(weak).get("errors").get(0).get("field").asString()).isEqualTo("password");

    HttpResponse<String> changed =
        http.send(
            "POST",
            "/api/v1/me/password",
            "{\"currentPassword\":\"%s\",\"newPassword\":\"an entirely new passphrase 77\"}"
                .formatted(Accounts.PASSWORD),
            header(mine));

    assertThat(changed.statusCode()).isEqualTo(204);
    assertThat(http.get("/api/v1/me", Accounts.bearer(other)).statusCode()).isEqualTo(401);
    assertThat(http.get("/api/v1/me", Accounts.bearer(mine)).statusCode()).isEqualTo(200);
  }

  private static String[] header(String token) {
    return new String[] {"Authorization", "Bearer " + token, "Content-Type", "application/json"};
  }

  /** The body without what differs per request. */
  private static List<String> strip(HttpResponse<String> response) {
    JsonNode body = json(response);
    return List.of(
        body.get("type").asString(), body.get("title").asString(), body.get("detail").asString());
  }
}
