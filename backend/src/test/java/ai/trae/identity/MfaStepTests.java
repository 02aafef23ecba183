package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.mfa.Totp;
import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The second sign-in step: one session per mfaToken, and few guesses per token and account. */
@IntegrationTest
class MfaStepTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void anMfaTokenYieldsOneSessionOnly() {
    Enrolled user = enrol();
    String mfaToken = mfaToken(user.email());

    HttpResponse<String> first = mfa(mfaToken, Totp.code(user.secret(), user.step() + 1));
    HttpResponse<String> second = mfa(mfaToken, user.recoveryCodes().get(0).asString());

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(second.statusCode()).as(second.body()).isEqualTo(401);
    assertThat(Api.type(second)).isEqualTo("/problems/invalid-mfa-code");
    // the recovery code was not spent on the dead token
    assertThat(mfa(mfaToken(user.email()), user.recoveryCodes().get(0).asString()).statusCode())
        .isEqualTo(200);
  }

  @Test
  void anMfaTokenEndsAfterFiveWrongCodes() {
    Enrolled user = enrol();
    String mfaToken = mfaToken(user.email());
    for (int i = 0; i < 5; i++) {
      assertThat(mfa(mfaToken, "00000" + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> right = mfa(mfaToken, Totp.code(user.secret(), user.step() + 1));

    assertThat(right.statusCode()).as(right.body()).isEqualTo(401);
    assertThat(Api.type(right)).isEqualTo("/problems/invalid-mfa-code");
  }

  @Test
  void wrongCodesPauseTheAccountsSecondStepWhateverTheToken() {
    Enrolled user = enrol();
    for (int i = 0; i < 5; i++) {
      // a fresh token for every guess: the per-account count is what stops this
      assertThat(mfa(mfaToken(user.email()), "11111" + i).statusCode()).isEqualTo(401);
    }

    HttpResponse<String> paused =
        mfa(mfaToken(user.email()), Totp.code(user.secret(), user.step() + 1));

    assertThat(paused.statusCode()).as(paused.body()).isEqualTo(429);
    assertThat(Api.type(paused)).isEqualTo("/problems/too-many-requests");
    assertThat(Long.parseLong(paused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(1L, 60L);
    // kept in the database, so every node sees the pause
    assertThat(
            jdbc.sql("select failures from mfa_lockouts where user_id = ?")
                .param(user.id())
                .query(Integer.class)
                .single())
        .isEqualTo(5);
  }

  private Enrolled enrol() {
    String email = accounts.create("EDITOR");
    String session = accounts.login(email);
    String secret = json(post("/api/v1/me/mfa/totp", "", session)).get("secret").asString();
    long step = Totp.step(Instant.now());
    HttpResponse<String> confirmed =
        post(
            "/api/v1/me/mfa/totp/confirm",
            "{\"code\":\"" + Totp.code(secret, step) + "\"}",
            session);
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    UUID id = new Api(http).idOf(session);
    return new Enrolled(id, email, secret, step, json(confirmed).get("recoveryCodes"));
  }

  private String mfaToken(String email) {
    JsonNode login = json(accounts.loginResponse(email, Accounts.PASSWORD));
    assertThat(login.get("mfaRequired").asBoolean()).isTrue();
    return login.get("mfaToken").asString();
  }

  private HttpResponse<String> mfa(String mfaToken, String code) {
    return http.send(
        "POST",
        "/api/v1/auth/mfa",
        "{\"mfaToken\":\"" + mfaToken + "\",\"code\":\"" + code + "\"}",
        "Content-Type",
        "application/json");
  }

  private HttpResponse<String> post(String path, String body, String token) {
    return http.send(
        "POST", path, body, "Authorization", "Bearer " + token, "Content-Type", "application/json");
  }

  record Enrolled(UUID id, String email, String secret, long step, JsonNode recoveryCodes) {}
}
