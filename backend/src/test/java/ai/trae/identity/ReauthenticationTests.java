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
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** A signed-in session cannot guess the account's password or code at leisure, nor unseen. */
@IntegrationTest
@TestPropertySource(
    properties = {
      "trae.test.context=reauthentication",
      "trae.rate-limit.policies.password-check.capacity=3",
      "trae.rate-limit.policies.password-check.period=1h"
    })
class ReauthenticationTests {

  static final String NEW_PASSWORD = "quiet violet harbour lantern 19";

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;

  @BeforeEach
  void api() {
    api = new Api(http);
  }

  @Test
  void wrongCurrentPasswordsAreAuditedAndLimitedPerUser() {
    String session = accounts.login(accounts.create("AUTHOR"));
    UUID id = api.idOf(session);
    for (int i = 0; i < 3; i++) {
      HttpResponse<String> wrong = change(session, "guess number " + i);
      assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
      assertThat(Api.type(wrong)).isEqualTo("/problems/invalid-credentials");
    }

    HttpResponse<String> limited = change(session, Accounts.PASSWORD);

    assertThat(limited.statusCode()).as(limited.body()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).isPresent();
    assertThat(failedChecks(id))
        .containsExactly("password-change", "password-change", "password-change");
    // the budget is the user's: someone else's session is not affected
    String other = accounts.login(accounts.create("AUTHOR"));
    assertThat(change(other, Accounts.PASSWORD).statusCode()).isEqualTo(204);
  }

  @Test
  void turningOffMfaIsLimitedAndAuditedForPasswordsAndCodes() {
    String session = accounts.login(accounts.create("EDITOR"));
    UUID id = api.idOf(session);
    String secret =
        json(api.send(session, "POST", "/api/v1/me/mfa/totp", "")).get("secret").asString();
    long step = Totp.step(Instant.now());
    api.send(
        session,
        "POST",
        "/api/v1/me/mfa/totp/confirm",
        "{\"code\":\"" + Totp.code(secret, step) + "\"}");

    assertThat(disable(session, "{\"password\":\"guess one\"}").statusCode()).isEqualTo(400);
    assertThat(disable(session, "{\"code\":\"000000\"}").statusCode()).isEqualTo(400);
    assertThat(disable(session, "{\"password\":\"guess two\"}").statusCode()).isEqualTo(400);
    HttpResponse<String> limited =
        disable(session, "{\"code\":\"" + Totp.code(secret, step + 1) + "\"}");

    assertThat(limited.statusCode()).as(limited.body()).isEqualTo(429);
    assertThat(failedChecks(id)).containsExactly("mfa", "mfa", "mfa");
    assertThat(json(api.get(session, "/api/v1/me")).get("mfaEnabled").asBoolean()).isTrue();
  }

  private HttpResponse<String> change(String session, String current) {
    return api.send(
        session,
        "POST",
        "/api/v1/me/password",
        "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}".formatted(current, NEW_PASSWORD));
  }

  private HttpResponse<String> disable(String session, String body) {
    return api.send(session, "DELETE", "/api/v1/me/mfa/totp", body);
  }

  private List<String> failedChecks(UUID id) {
    return jdbc.sql(
            """
            select summary ->> 'purpose' from audit_events
            where action = 'auth.reauthentication.failed' and target_id = ? order by id
            """)
        .param(id.toString())
        .query(String.class)
        .list();
  }
}
