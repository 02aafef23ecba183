package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Recovering an account cuts off every credential an intruder may have made meanwhile. */
@IntegrationTest
class AccountRecoveryTests {

  static final String NEW_PASSWORD = "quiet violet harbour lantern 19";

  @Autowired Http http;
  @Autowired Accounts accounts;

  Api api;

  @BeforeEach
  void api() {
    api = new Api(http);
  }

  @Test
  void aPasswordResetRevokesPersonalAccessTokens() {
    String email = accounts.create("AUTHOR");
    String session = accounts.login(email);
    UUID id = api.idOf(session);
    String pat = pat(session);
    assertThat(api.get(pat, "/api/v1/me/tokens").statusCode()).isNotEqualTo(401);

    HttpResponse<String> confirmed = confirm(link(id), NEW_PASSWORD);

    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
    assertThat(api.get(pat, "/api/v1/me/tokens").statusCode()).isEqualTo(401);
    assertThat(api.get(session, "/api/v1/me").statusCode()).isEqualTo(401);
  }

  @Test
  void disablingRevokesPersonalAccessTokensAndResetLinks() {
    String email = accounts.create("AUTHOR");
    String session = accounts.login(email);
    UUID id = api.idOf(session);
    String pat = pat(session);
    String link = link(id);

    HttpResponse<String> disabled =
        api.send(accounts.tokenFor("ADMIN"), "PATCH", "/api/v1/users/" + id, "{\"disabled\":true}");
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);
    api.send(accounts.tokenFor("ADMIN"), "PATCH", "/api/v1/users/" + id, "{\"disabled\":false}");

    assertThat(api.get(pat, "/api/v1/me/tokens").statusCode()).isEqualTo(401);
    assertThat(api.get(session, "/api/v1/me").statusCode()).isEqualTo(401);
    HttpResponse<String> used = confirm(link, NEW_PASSWORD);
    assertThat(used.statusCode()).isEqualTo(400);
    assertThat(Api.type(used)).isEqualTo("/problems/invalid-token");
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(200);
  }

  @Test
  void aPasswordChangeEndsOutstandingResetLinks() {
    String email = accounts.create("AUTHOR");
    String session = accounts.login(email);
    String other = accounts.login(email);
    String link = link(api.idOf(session));

    HttpResponse<String> changed =
        api.send(
            session,
            "POST",
            "/api/v1/me/password",
            "{\"currentPassword\":\"%s\",\"newPassword\":\"%s\"}"
                .formatted(Accounts.PASSWORD, NEW_PASSWORD));

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(204);
    assertThat(api.get(other, "/api/v1/me").statusCode()).isEqualTo(401);
    assertThat(api.get(session, "/api/v1/me").statusCode()).isEqualTo(200);
    HttpResponse<String> used = confirm(link, "another quiet harbour lantern 77");
    assertThat(Api.type(used)).isEqualTo("/problems/invalid-token");
    assertThat(accounts.loginResponse(email, NEW_PASSWORD).statusCode()).isEqualTo(200);
  }

  private String pat(String session) {
    HttpResponse<String> created =
        api.send(
            session,
            "POST",
            "/api/v1/me/tokens",
            "{\"name\":\"ci\",\"scopes\":[\"content:read\"],\"expiresInDays\":30}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("token").asString();
  }

  private String link(UUID id) {
    HttpResponse<String> link =
        api.send(accounts.tokenFor("ADMIN"), "POST", "/api/v1/users/" + id + "/password-reset", "");
    assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
    String url = json(link).get("resetUrl").asString();
    return url.substring(url.indexOf("token=") + 6);
  }

  private HttpResponse<String> confirm(String token, String password) {
    return api.anonymous(
        "POST",
        "/api/v1/auth/password-reset/confirm",
        "{\"token\":\"%s\",\"newPassword\":\"%s\"}".formatted(token, password));
  }
}
