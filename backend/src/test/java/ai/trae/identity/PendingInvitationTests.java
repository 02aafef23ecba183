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
import tools.jackson.databind.JsonNode;

/** Admin → Users on a pending invitation: a new link (resend, copy) or withdrawal. */
@IntegrationTest
class PendingInvitationTests {

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
  void aReissuedInvitationHasANewLinkAndTheOldOneNoLongerWorks() {
    JsonNode invited = invite(admin(), "reissued-" + UUID.randomUUID() + "@example.test", "AUTHOR");
    String id = invited.get("id").asString();
    String old = token(invited);

    HttpResponse<String> reissued = reissue(admin(), id);

    assertThat(reissued.statusCode()).as(reissued.body()).isEqualTo(200);
    JsonNode body = json(reissued);
    assertThat(body.get("id").asString()).isEqualTo(id);
    assertThat(body.get("email").asString()).isEqualTo(invited.get("email").asString());
    assertThat(body.get("role").asString()).isEqualTo("AUTHOR");
    assertThat(body.get("emailed").asBoolean()).isFalse(); // no SMTP in this context
    String fresh = token(body);
    assertThat(fresh).isNotEqualTo(old);
    assertThat(http.get("/api/v1/invitations/" + old).statusCode()).isEqualTo(404);
    assertThat(Api.type(accept(old))).isEqualTo("/problems/invalid-token");
    assertThat(http.get("/api/v1/invitations/" + fresh).statusCode()).isEqualTo(200);
    assertThat(audited("user.invitation.reissued", id)).isEqualTo(1);

    assertThat(accept(fresh).statusCode()).isEqualTo(201);
    HttpResponse<String> afterAccepting = reissue(admin(), id);
    assertThat(afterAccepting.statusCode()).isEqualTo(409);
    assertThat(Api.type(afterAccepting)).isEqualTo("/problems/conflict");
    assertThat(withdraw(admin(), id).statusCode()).isEqualTo(409);
    assertThat(reissue(admin(), UUID.randomUUID().toString()).statusCode()).isEqualTo(404);
  }

  @Test
  void aWithdrawnInvitationFreesTheEmailAndItsLinkDies() {
    String email = "withdrawn-" + UUID.randomUUID() + "@example.test";
    JsonNode invited = invite(admin(), email, "VIEWER");
    String id = invited.get("id").asString();

    HttpResponse<String> withdrawn = withdraw(admin(), id);

    assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(204);
    assertThat(http.get("/api/v1/invitations/" + token(invited)).statusCode()).isEqualTo(404);
    assertThat(json(api.get(admin(), "/api/v1/users?q=" + email)).get("items")).isEmpty();
    assertThat(audited("user.invitation.withdrawn", id)).isEqualTo(1);
    assertThat(withdraw(admin(), id).statusCode()).isEqualTo(404);
    assertThat(invite(admin(), email, "VIEWER").get("email").asString()).isEqualTo(email);
  }

  @Test
  void onlyAnOwnerActsOnAnOwnerInvitation() {
    JsonNode invited =
        invite(
            accounts.tokenFor("OWNER"), "co-owner-" + UUID.randomUUID() + "@example.test", "OWNER");
    String id = invited.get("id").asString();

    for (HttpResponse<String> refused :
        new HttpResponse[] {reissue(admin(), id), withdraw(admin(), id)}) {
      assertThat(refused.statusCode()).isEqualTo(403);
      assertThat(Api.type(refused)).isEqualTo("/problems/owner-required");
    }
    assertThat(http.get("/api/v1/invitations/" + token(invited)).statusCode())
        .as("a refused reissue leaves the link alone")
        .isEqualTo(200);
    assertThat(reissue(accounts.tokenFor("OWNER"), id).statusCode()).isEqualTo(200);
    assertThat(withdraw(accounts.tokenFor("OWNER"), id).statusCode()).isEqualTo(204);
  }

  @Test
  void aLinkForARoleTheActorDoesNotHoldIsRefused() {
    jdbc.sql(
            """
            insert into roles (name, built_in, permissions, mfa_required)
            values ('DOORKEEPER', false, array['users:manage'], false) on conflict do nothing
            """)
        .update();
    String doorkeeper = accounts.login(accounts.create("DOORKEEPER"));
    JsonNode invited = invite(admin(), "editor-" + UUID.randomUUID() + "@example.test", "EDITOR");

    HttpResponse<String> refused = reissue(doorkeeper, invited.get("id").asString());

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(Api.type(refused)).isEqualTo("/problems/forbidden");
    assertThat(http.get("/api/v1/invitations/" + token(invited)).statusCode()).isEqualTo(200);
    assertThat(Api.type(reissue(accounts.tokenFor("VIEWER"), invited.get("id").asString())))
        .isEqualTo("/problems/forbidden");
  }

  private long audited(String action, String targetId) {
    return jdbc.sql("select count(*) from audit_events where action = ? and target_id = ?")
        .params(action, targetId)
        .query(Long.class)
        .single();
  }

  private String admin() {
    return accounts.tokenFor("ADMIN");
  }

  private JsonNode invite(String token, String email, String role) {
    HttpResponse<String> invited =
        api.send(
            token,
            "POST",
            "/api/v1/users/invitations",
            "{\"email\":\"%s\",\"role\":\"%s\"}".formatted(email, role));
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    return json(invited);
  }

  private HttpResponse<String> reissue(String token, String id) {
    return api.send(token, "POST", "/api/v1/users/" + id + "/invitation", "");
  }

  private HttpResponse<String> withdraw(String token, String id) {
    return api.send(token, "DELETE", "/api/v1/users/" + id + "/invitation", "");
  }

  private HttpResponse<String> accept(String token) {
    return api.anonymous(
        "POST",
        "/api/v1/invitations/accept",
        "{\"token\":\"%s\",\"displayName\":\"Rea Reissued\",\"password\":\"%s\"}"
            .formatted(token, PASSWORD));
  }

  private static String token(JsonNode invitation) {
    String url = invitation.get("inviteUrl").asString();
    return url.substring(url.lastIndexOf('/') + 1);
  }
}
