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
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PasswordResetTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;

  @BeforeEach
  void api() {
    api = new Api(http);
  }

  @Test
  void requestsForKnownAndUnknownEmailsLookTheSame() {
    String email = accounts.create("VIEWER");
    UUID id = api.idOf(accounts.login(email));

    HttpResponse<String> known = request(email.toUpperCase());
    HttpResponse<String> unknown = request("nobody-" + UUID.randomUUID() + "@example.test");

    assertThat(known.statusCode()).isEqualTo(unknown.statusCode()).isEqualTo(202);
    assertThat(known.body()).isEqualTo(unknown.body());
    // no SMTP in this context: the answer says no link will arrive and who can help instead
    assertThat(json(known).get("mailConfigured").asBoolean()).isFalse();
    assertThat(json(known).get("message").asString())
        .contains("cannot send e-mail")
        .contains("Admin → Users")
        .doesNotContain("on its way");
    assertThat(request("not an e-mail").statusCode()).isEqualTo(400);
  }

  /** A link nobody can receive must not end the one an administrator handed out. */
  @Test
  void withoutMailARequestLeavesAnAdministratorsLinkWorking() throws InterruptedException {
    String email = accounts.create("VIEWER");
    UUID id = api.idOf(accounts.login(email));
    String handedOut = link(id);

    assertThat(request(email).statusCode()).isEqualTo(202);
    Thread.sleep(1500); // the request is handled in the background; let it finish

    assertThat(
            jdbc.sql(
                    """
                    select count(*) from one_time_tokens
                    where user_id = ? and purpose = 'password-reset'
                    """)
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    assertThat(confirm(handedOut, "quiet violet harbour lantern 19").statusCode()).isEqualTo(204);
  }

  @Test
  void unknownAndExpiredTokensAreRefusedAndAWeakPasswordKeepsTheLink() {
    HttpResponse<String> unknown = confirm("no-such-token", "quiet violet harbour lantern 19");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(Api.type(unknown)).isEqualTo("/problems/invalid-token");

    String email = accounts.create("AUTHOR");
    UUID id = api.idOf(accounts.login(email));
    String token = link(id);
    HttpResponse<String> weak = confirm(token, "password1234");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(Api.type(weak)).isEqualTo("/problems/validation-failed");

    String newer = link(id);
    HttpResponse<String> replaced = confirm(token, "quiet violet harbour lantern 19");
    assertThat(Api.type(replaced))
        .as("a newer link replaces the older")
        .isEqualTo("/problems/invalid-token");
    jdbc.sql(
            "update one_time_tokens set expires_at = now() - interval '1 second' where user_id = ?")
        .param(id)
        .update();
    HttpResponse<String> expired = confirm(newer, "quiet violet harbour lantern 19");
    assertThat(Api.type(expired)).isEqualTo("/problems/invalid-token");
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(200);
  }

  private String link(UUID id) {
    String url =
        json(api.send(
                accounts.tokenFor("ADMIN"), "POST", "/api/v1/users/" + id + "/password-reset", ""))
            .get("resetUrl")
            .asString();
    return url.substring(url.indexOf("token=") + 6);
  }

  private HttpResponse<String> request(String email) {
    return api.anonymous(
        "POST", "/api/v1/auth/password-reset/request", "{\"email\":\"%s\"}".formatted(email));
  }

  private HttpResponse<String> confirm(String token, String password) {
    return api.anonymous(
        "POST",
        "/api/v1/auth/password-reset/confirm",
        "{\"token\":\"%s\",\"newPassword\":\"%s\"}".formatted(token, password));
  }
}
