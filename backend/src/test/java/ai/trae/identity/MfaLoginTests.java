package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.mfa.Totp;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Enrol over the API, then sign in with a TOTP code or a recovery code. */
@IntegrationTest
class MfaLoginTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void enrolThenSignInWithTotpAndWithARecoveryCodeOnce() {
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
    JsonNode recovery = json(confirmed).get("recoveryCodes");
    assertThat(recovery).hasSize(10);

    JsonNode first = json(accounts.loginResponse(email, Accounts.PASSWORD));
    assertThat(first.get("mfaRequired").asBoolean()).isTrue();
    assertThat(first.has("accessToken")).isFalse();
    String mfaToken = first.get("mfaToken").asString();
    // the step token is not an access token
    assertThat(http.get("/api/v1/me", Accounts.bearer(mfaToken)).statusCode()).isEqualTo(401);

    HttpResponse<String> wrong = mfa(mfaToken, "000000");
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(json(wrong).get("type").asString()).isEqualTo("/problems/invalid-mfa-code");

    HttpResponse<String> ok = mfa(mfaToken, Totp.code(secret, step + 1));
    assertThat(ok.statusCode()).as(ok.body()).isEqualTo(200);
    assertThat(ok.headers().firstValue("Set-Cookie").orElseThrow()).startsWith("trae_refresh=");
    String access = json(ok).get("accessToken").asString();
    assertThat(json(http.get("/api/v1/me", Accounts.bearer(access))).get("mfaEnabled").asBoolean())
        .isTrue();

    // the same code again is a replay
    String again =
        json(accounts.loginResponse(email, Accounts.PASSWORD)).get("mfaToken").asString();
    assertThat(mfa(again, Totp.code(secret, step + 1)).statusCode()).isEqualTo(401);

    String code = recovery.get(0).asString();
    assertThat(mfa(again, code.toUpperCase()).statusCode()).isEqualTo(200);
    String third =
        json(accounts.loginResponse(email, Accounts.PASSWORD)).get("mfaToken").asString();
    assertThat(mfa(third, code).statusCode()).isEqualTo(401);
  }

  @Test
  void aRoleThatRequiresMfaLeadsThroughEnrolmentFirst() {
    jdbc.sql(
            "insert into roles (name, permissions, mfa_required) values ('SECURE_EDITOR', array['content:read'], true)")
        .update();
    String email = accounts.create("SECURE_EDITOR");

    JsonNode login = json(accounts.loginResponse(email, Accounts.PASSWORD));

    assertThat(login.get("mfaEnrolmentRequired").asBoolean()).isTrue();
    String token = login.get("accessToken").asString();
    HttpResponse<String> blocked = http.get("/api/v1/me/sessions", Accounts.bearer(token));
    assertThat(blocked.statusCode()).isEqualTo(403);
    assertThat(json(blocked).get("type").asString()).isEqualTo("/problems/mfa-enrolment-required");
    assertThat(
            json(http.get("/api/v1/me", Accounts.bearer(token)))
                .get("mfaEnrolmentRequired")
                .asBoolean())
        .isTrue();

    String secret = json(post("/api/v1/me/mfa/totp", "", token)).get("secret").asString();
    post(
        "/api/v1/me/mfa/totp/confirm",
        "{\"code\":\"" + Totp.code(secret, Totp.step(Instant.now())) + "\"}",
        token);

    assertThat(http.get("/api/v1/me/sessions", Accounts.bearer(token)).statusCode()).isEqualTo(200);
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
}
