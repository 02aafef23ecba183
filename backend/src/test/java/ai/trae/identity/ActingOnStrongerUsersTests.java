package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * No one acts on a user whose role holds what they do not: a reset link, a new invitation link, an
 * MFA reset, a disable, a demotion or a removal of a stronger user would hand over, or clear the
 * way to, permissions the actor lacks.
 */
@IntegrationTest
class ActingOnStrongerUsersTests {

  /** What the ADMIN role has and a {@code users:manage}-only role lacks, in catalogue order. */
  private static final List<String> ADMIN_BUT_NOT_MANAGER =
      Permissions.CATALOGUE.stream()
          .map(Permissions.Permission::name)
          .filter(p -> !p.equals(Permissions.USERS_MANAGE))
          .toList();

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;

  @BeforeEach
  void api() {
    api = new Api(http);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "reset link",
        "MFA reset",
        "disable",
        "enable",
        "demote",
        "delete",
        "reissue invitation",
        "withdraw invitation",
        "delete invitation"
      })
  void aUsersManagerCannotActOnAnAdmin(String action) {
    String manager = accounts.login(accounts.create(role("users:manage")));
    UUID managerId = api.idOf(manager);
    UUID admin =
        action.endsWith("invitation")
            ? UUID.fromString(invite(accounts.tokenFor("ADMIN"), "ADMIN"))
            : api.idOf(accounts.login(accounts.create("ADMIN")));
    if (action.equals("enable")) {
      jdbc.sql("update users set status = 'disabled' where id = ?").param(admin).update();
    }
    String before = status(admin);

    HttpResponse<String> refused =
        switch (action) {
          case "reset link" -> api.send(manager, "POST", path(admin) + "/password-reset", "");
          case "MFA reset" -> api.send(manager, "POST", path(admin) + "/mfa/reset", "");
          case "disable" -> api.send(manager, "PATCH", path(admin), "{\"disabled\":true}");
          case "enable" -> api.send(manager, "PATCH", path(admin), "{\"disabled\":false}");
          case "demote" -> api.send(manager, "PATCH", path(admin), "{\"role\":\"VIEWER\"}");
          case "reissue invitation" -> api.send(manager, "POST", path(admin) + "/invitation", "");
          case "withdraw invitation" ->
              api.send(manager, "DELETE", path(admin) + "/invitation", "");
          default -> api.send(manager, "DELETE", path(admin), "");
        };

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(Api.type(refused)).isEqualTo("/problems/forbidden");
    assertThat(json(refused).get("missing")).as(refused.body()).isNotNull();
    assertThat(strings(json(refused).get("missing"))).isEqualTo(ADMIN_BUT_NOT_MANAGER);
    assertThat(status(admin)).isEqualTo(before);
    assertThat(roleOf(admin)).isEqualTo("ADMIN");
    assertThat(count("select count(*) from one_time_tokens where created_by = ?", managerId))
        .as("no link issued by the manager")
        .isZero();
    assertThat(
            count(
                "select count(*) from audit_events where target_id = ? and actor_id = ?",
                admin.toString(),
                managerId.toString()))
        .isZero();
  }

  @Test
  void aNarrowTokenCannotActOnAUserItsOwnerCould() {
    String admin = accounts.login(accounts.create("ADMIN"));
    String token = pat(admin, "users:manage", "content:read");
    UUID editor = api.idOf(accounts.login(accounts.create("EDITOR")));

    HttpResponse<String> refused = api.send(token, "POST", path(editor) + "/password-reset", "");

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(403);
    assertThat(strings(json(refused).get("missing"))).doesNotContain("content:read").isNotEmpty();
    assertThat(api.send(admin, "POST", path(editor) + "/password-reset", "").statusCode())
        .isEqualTo(200);
  }

  @Test
  void usersWhoseRoleIsWithinWhatTheActorHoldsCanBeActedOn() {
    String manager =
        accounts.login(accounts.create(role("users:manage", "content:read", "analytics:read")));
    UUID viewer = api.idOf(accounts.login(accounts.create("VIEWER")));
    UUID nobody = api.idOf(accounts.login(accounts.create(role())));

    assertThat(api.send(manager, "POST", path(viewer) + "/password-reset", "").statusCode())
        .isEqualTo(200);
    assertThat(api.send(manager, "POST", path(viewer) + "/mfa/reset", "").statusCode())
        .isEqualTo(204);
    assertThat(api.send(manager, "PATCH", path(viewer), "{\"disabled\":true}").statusCode())
        .isEqualTo(200);
    assertThat(api.send(manager, "PATCH", path(viewer), "{\"disabled\":false}").statusCode())
        .isEqualTo(200);
    HttpResponse<String> demoted =
        api.send(manager, "PATCH", path(viewer), "{\"role\":\"" + roleOf(nobody) + "\"}");
    assertThat(demoted.statusCode()).as(demoted.body()).isEqualTo(200);
    assertThat(api.send(manager, "DELETE", path(nobody), "").statusCode()).isEqualTo(204);

    String invitee = invite(manager, "VIEWER");
    assertThat(
            api.send(manager, "POST", "/api/v1/users/" + invitee + "/invitation", "").statusCode())
        .isEqualTo(200);
    assertThat(
            api.send(manager, "DELETE", "/api/v1/users/" + invitee + "/invitation", "")
                .statusCode())
        .isEqualTo(204);
  }

  @Test
  void ownersKeepTheirOwnRule() {
    UUID owner = api.idOf(accounts.login(accounts.create("OWNER")));

    HttpResponse<String> byManager =
        api.send(
            accounts.login(accounts.create(role("users:manage"))),
            "POST",
            path(owner) + "/password-reset",
            "");
    HttpResponse<String> byOwner =
        api.send(accounts.tokenFor("OWNER"), "POST", path(owner) + "/password-reset", "");

    assertThat(Api.type(byManager)).isEqualTo("/problems/owner-required");
    assertThat(byOwner.statusCode()).as(byOwner.body()).isEqualTo(200);
  }

  // --- helpers ---------------------------------------------------------------------------------

  private static String path(UUID id) {
    return "/api/v1/users/" + id;
  }

  private String role(String... permissions) {
    String name = "ACT_" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    jdbc.sql(
            "insert into roles (name, built_in, permissions, mfa_required) values (?, false, ?, false)")
        .params(name, permissions)
        .update();
    return name;
  }

  private String invite(String session, String role) {
    HttpResponse<String> invited =
        api.send(
            session,
            "POST",
            "/api/v1/users/invitations",
            "{\"email\":\"acted-on-%s@example.test\",\"role\":\"%s\"}"
                .formatted(UUID.randomUUID(), role));
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
    return json(invited).get("id").asString();
  }

  private String pat(String session, String... scopes) {
    HttpResponse<String> created =
        api.send(
            session,
            "POST",
            "/api/v1/me/tokens",
            "{\"name\":\"t\",\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("token").asString();
  }

  private String roleOf(UUID user) {
    return jdbc.sql("select role from users where id = ?").param(user).query(String.class).single();
  }

  private String status(UUID user) {
    return jdbc.sql("select status from users where id = ?")
        .param(user)
        .query(String.class)
        .single();
  }

  private long count(String sql, Object... params) {
    return jdbc.sql(sql).params(params).query(Long.class).single();
  }

  private static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }
}
