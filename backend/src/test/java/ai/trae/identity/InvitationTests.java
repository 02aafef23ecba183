package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class InvitationTests {

  private static final String PASSWORD = "amber kettle orbit meadow 58";

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;

  @BeforeEach
  void api() {
    api = new Api(http);
  }

  @Test
  void anInviteeAcceptsChoosesAPasswordAndSignsIn() throws Exception {
    String email = "invitee-" + UUID.randomUUID() + "@example.test";

    HttpResponse<String> invited = invite(email, "EDITOR");

    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    JsonNode body = json(invited);
    assertThat(body.get("email").asString()).isEqualTo(email);
    assertThat(body.get("role").asString()).isEqualTo("EDITOR");
    assertThat(body.get("emailed").asBoolean()).isFalse(); // no SMTP in this context
    assertThat(Instant.parse(body.get("expiresAt").asString()))
        .isAfter(Instant.now().plusSeconds(6 * 86400));
    String url = body.get("inviteUrl").asString();
    assertThat(url).startsWith("http://localhost:8080/invite/");
    String token = url.substring(url.lastIndexOf('/') + 1);
    UUID id = UUID.fromString(body.get("id").asString());
    assertThat(
            jdbc.sql("select token_hash from one_time_tokens where user_id = ?")
                .param(id)
                .query(byte[].class)
                .single())
        .isEqualTo(
            MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    JsonNode listed = json(api.get(admin(), "/api/v1/users?q=" + email)).get("items").get(0);
    assertThat(listed.get("status").asString()).isEqualTo("invited");
    assertThat(accounts.loginResponse(email, PASSWORD).statusCode()).isEqualTo(401);

    HttpResponse<String> shown = http.get("/api/v1/invitations/" + token);
    assertThat(shown.statusCode()).isEqualTo(200);
    assertThat(json(shown).get("email").asString()).isEqualTo(email);
    assertThat(json(shown).get("role").asString()).isEqualTo("EDITOR");

    HttpResponse<String> weak = accept(token, "Ivy Invitee", "password1234");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(http.get("/api/v1/invitations/" + token).statusCode()).isEqualTo(200);

    HttpResponse<String> accepted = accept(token, "Ivy Invitee", PASSWORD);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    // signed in like after a login: access token in the body, refresh token in the cookie
    assertThat(json(accepted).get("tokenType").asString()).isEqualTo("Bearer");
    assertThat(json(accepted).get("mfaEnrolmentRequired").asBoolean()).isFalse();
    assertThat(accepted.headers().firstValue("Set-Cookie").orElseThrow())
        .startsWith("trae_refresh=")
        .contains("HttpOnly")
        .contains("Path=/api/v1/auth");
    JsonNode me = json(api.get(json(accepted).get("accessToken").asString(), "/api/v1/me"));
    assertThat(me.get("displayName").asString()).isEqualTo("Ivy Invitee");
    assertThat(me.get("permissions").toString()).contains("content:publish");
    String cookie = accepted.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
    assertThat(http.send("POST", "/api/v1/auth/refresh", "", "Cookie", cookie).statusCode())
        .isEqualTo(200);
    assertThat(accounts.loginResponse(email, PASSWORD).statusCode()).isEqualTo(200);
    assertThat(http.get("/api/v1/invitations/" + token).statusCode()).isEqualTo(404);
    HttpResponse<String> reused = accept(token, "Someone Else", PASSWORD);
    assertThat(reused.statusCode()).isEqualTo(400);
    assertThat(Api.type(reused)).isEqualTo("/problems/invalid-token");
  }

  @Test
  void aKnownEmailCannotBeInvitedAgain() {
    String existing = accounts.create("VIEWER");
    String pending = "pending-" + UUID.randomUUID() + "@example.test";
    assertThat(invite(pending, "AUTHOR").statusCode()).isEqualTo(201);

    for (HttpResponse<String> refused :
        new HttpResponse[] {invite(existing.toUpperCase(), "AUTHOR"), invite(pending, "VIEWER")}) {
      assertThat(refused.statusCode()).isEqualTo(409);
      assertThat(Api.type(refused)).isEqualTo("/problems/email-taken");
      assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("email");
    }
    HttpResponse<String> unknownRole = invite("x-" + pending, "WIZARD");
    assertThat(unknownRole.statusCode()).isEqualTo(400);
    assertThat(json(unknownRole).get("errors").get(0).get("field").asString()).isEqualTo("role");
  }

  @Test
  void anExpiredInvitationNoLongerWorks() {
    HttpResponse<String> invited = invite("late-" + UUID.randomUUID() + "@example.test", "VIEWER");
    String url = json(invited).get("inviteUrl").asString();
    String token = url.substring(url.lastIndexOf('/') + 1);
    jdbc.sql(
            "update one_time_tokens set expires_at = now() - interval '1 second' where user_id = ?")
        .param(UUID.fromString(json(invited).get("id").asString()))
        .update();

    assertThat(http.get("/api/v1/invitations/" + token).statusCode()).isEqualTo(404);
    HttpResponse<String> accepted = accept(token, "Late Larry", PASSWORD);
    assertThat(accepted.statusCode()).isEqualTo(400);
    assertThat(Api.type(accepted)).isEqualTo("/problems/invalid-token");
  }

  @Test
  void aPendingInvitationCanBeWithdrawnButNotDisabled() {
    String email = "withdrawn-" + UUID.randomUUID() + "@example.test";
    JsonNode invited = json(invite(email, "VIEWER"));
    String id = invited.get("id").asString();
    String url = invited.get("inviteUrl").asString();

    String token = url.substring(url.lastIndexOf('/') + 1);
    assertThat(
            api.send(admin(), "PATCH", "/api/v1/users/" + id, "{\"role\":\"AUTHOR\"}").statusCode())
        .isEqualTo(200);
    assertThat(json(http.get("/api/v1/invitations/" + token)).get("role").asString())
        .as("the invitation shows the role as it is now")
        .isEqualTo("AUTHOR");
    HttpResponse<String> disable =
        api.send(admin(), "PATCH", "/api/v1/users/" + id, "{\"disabled\":true}");
    assertThat(disable.statusCode()).isEqualTo(409);
    HttpResponse<String> resetLink =
        api.send(admin(), "POST", "/api/v1/users/" + id + "/password-reset", "");
    assertThat(resetLink.statusCode()).isEqualTo(409);

    assertThat(api.send(admin(), "DELETE", "/api/v1/users/" + id, "").statusCode()).isEqualTo(204);

    assertThat(
            http.get("/api/v1/invitations/" + url.substring(url.lastIndexOf('/') + 1)).statusCode())
        .isEqualTo(404);
    assertThat(invite(email, "VIEWER").statusCode()).isEqualTo(201);
  }

  @Test
  void acceptingAnInvitationToAnMfaRoleSignsInStraightIntoEnrolment() {
    jdbc.sql(
            """
            insert into roles (name, built_in, permissions, mfa_required)
            values ('GUARDED', false, array['content:read'], true) on conflict do nothing
            """)
        .update();
    String url =
        json(invite("guarded-" + UUID.randomUUID() + "@example.test", "GUARDED"))
            .get("inviteUrl")
            .asString();

    HttpResponse<String> accepted =
        accept(url.substring(url.lastIndexOf('/') + 1), "Gus Guarded", PASSWORD);

    assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
    assertThat(json(accepted).get("mfaEnrolmentRequired").asBoolean()).isTrue();
    String token = json(accepted).get("accessToken").asString();
    assertThat(api.get(token, "/api/v1/me").statusCode()).isEqualTo(200);
    assertThat(Api.type(api.get(token, "/api/v1/me/sessions")))
        .isEqualTo("/problems/mfa-enrolment-required");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_events
                    where action = 'auth.login.succeeded' and summary::text like '%invitation%'
                    """)
                .query(Long.class)
                .single())
        .isPositive();
  }

  private String admin() {
    return accounts.tokenFor("ADMIN");
  }

  private HttpResponse<String> invite(String email, String role) {
    return api.send(
        admin(),
        "POST",
        "/api/v1/users/invitations",
        "{\"email\":\"%s\",\"role\":\"%s\"}".formatted(email, role));
  }

  private HttpResponse<String> accept(String token, String displayName, String password) {
    return api.anonymous(
        "POST",
        "/api/v1/invitations/accept",
        "{\"token\":\"%s\",\"displayName\":\"%s\",\"password\":\"%s\"}"
            .formatted(token, displayName, password));
  }
}
