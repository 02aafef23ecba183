package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.platform.crypto.OpaqueTokens;
import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** No one grants what they do not hold: roles, role edits and personal access tokens. */
@IntegrationTest
class EscalationTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;

  @BeforeEach
  void api() {
    api = new Api(http);
  }

  // --- assigning roles -------------------------------------------------------------------------

  @Test
  void aUsersManagerCannotMakeThemselvesAdmin() {
    String manager = accounts.login(accounts.create(role("users:manage")));
    UUID self = api.idOf(manager);

    HttpResponse<String> promoted =
        api.send(manager, "PATCH", "/api/v1/users/" + self, "{\"role\":\"ADMIN\"}");

    assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(403);
    assertThat(Api.type(promoted)).isEqualTo("/problems/forbidden");
    assertThat(strings(json(promoted).get("missing"))).contains("roles:manage", "audit:read");
    assertThat(roleOf(self)).isNotEqualTo("ADMIN");
    UUID other = api.idOf(accounts.login(accounts.create(role())));
    assertThat(api.send(manager, "PATCH", "/api/v1/users/" + other, "{\"role\":\"EDITOR\"}"))
        .extracting(HttpResponse::statusCode)
        .isEqualTo(403);
    assertThat(roleOf(other)).isNotEqualTo("EDITOR");
  }

  @Test
  void aRoleWithinWhatTheActorHoldsCanBeGivenByChangeAndByInvitation() {
    String manager =
        accounts.login(accounts.create(role("content:read", "analytics:read", "users:manage")));
    UUID other = api.idOf(accounts.login(accounts.create(role())));

    HttpResponse<String> changed =
        api.send(manager, "PATCH", "/api/v1/users/" + other, "{\"role\":\"VIEWER\"}");
    HttpResponse<String> invited = invite(manager, "VIEWER");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
  }

  @Test
  void anInvitationCannotCarryARoleBroaderThanTheInviters() {
    String manager = accounts.login(accounts.create(role("users:manage")));
    String email = "broad-" + UUID.randomUUID() + "@example.test";

    HttpResponse<String> invited =
        api.send(
            manager,
            "POST",
            "/api/v1/users/invitations",
            "{\"email\":\"%s\",\"role\":\"ADMIN\"}".formatted(email));

    assertThat(invited.statusCode()).as(invited.body()).isEqualTo(403);
    assertThat(Api.type(invited)).isEqualTo("/problems/forbidden");
    assertThat(
            jdbc.sql("select count(*) from users where email = ?")
                .param(email)
                .query(Integer.class)
                .single())
        .isZero();
  }

  @Test
  void aNarrowTokenCannotGrantItsUsersWiderRole() {
    String token = pat(accounts.tokenFor("ADMIN"), "users:manage");
    UUID other = api.idOf(accounts.login(accounts.create(role())));

    HttpResponse<String> changed =
        api.send(token, "PATCH", "/api/v1/users/" + other, "{\"role\":\"EDITOR\"}");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(403);
    assertThat(roleOf(other)).isNotEqualTo("EDITOR");
  }

  @Test
  void anOwnerInvitesAnOwnerAndAnAdminCannot() {
    HttpResponse<String> byOwner = invite(accounts.tokenFor("OWNER"), "OWNER");
    HttpResponse<String> byAdmin = invite(accounts.tokenFor("ADMIN"), "OWNER");

    assertThat(byOwner.statusCode()).as(byOwner.body()).isEqualTo(201);
    assertThat(json(byOwner).get("role").asString()).isEqualTo("OWNER");
    assertThat(byAdmin.statusCode()).isEqualTo(403);
    assertThat(Api.type(byAdmin)).isEqualTo("/problems/owner-required");
  }

  // --- editing roles ---------------------------------------------------------------------------

  @Test
  void aRoleManagerCannotAddPermissionsToTheirOwnRole() {
    String name = role("roles:manage");
    String manager = accounts.login(accounts.create(name));

    HttpResponse<String> widened =
        api.send(
            manager,
            "PUT",
            "/api/v1/roles/" + name,
            "{\"permissions\":[\"roles:manage\",\"users:manage\",\"audit:read\"],\"mfaRequired\":false}");

    assertThat(widened.statusCode()).as(widened.body()).isEqualTo(403);
    assertThat(Api.type(widened)).isEqualTo("/problems/forbidden");
    assertThat(permissionsOf(name)).containsExactly("roles:manage");
  }

  @Test
  void nobodyEditsThePermissionsOfTheirOwnRoleEvenWithinWhatTheyHold() {
    String name = role("roles:manage", "content:read");
    String manager = accounts.login(accounts.create(name));

    HttpResponse<String> narrowed =
        api.send(
            manager,
            "PUT",
            "/api/v1/roles/" + name,
            "{\"permissions\":[\"roles:manage\"],\"mfaRequired\":false}");
    HttpResponse<String> same =
        api.send(
            manager,
            "PUT",
            "/api/v1/roles/" + name,
            "{\"permissions\":[\"content:read\",\"roles:manage\"],\"mfaRequired\":false}");

    assertThat(narrowed.statusCode()).isEqualTo(403);
    assertThat(same.statusCode()).as(same.body()).isEqualTo(200);
  }

  @Test
  void rolesAreCreatedAndExtendedOnlyWithPermissionsTheActorHolds() {
    String manager = accounts.login(accounts.create(role("roles:manage", "content:read")));
    String name = "MINE_" + suffix();

    HttpResponse<String> tooBroad =
        api.send(
            manager,
            "POST",
            "/api/v1/roles",
            "{\"name\":\"%s\",\"permissions\":[\"content:read\",\"users:manage\"],\"mfaRequired\":false}"
                .formatted(name));
    HttpResponse<String> created =
        api.send(
            manager,
            "POST",
            "/api/v1/roles",
            "{\"name\":\"%s\",\"permissions\":[\"content:read\"],\"mfaRequired\":false}"
                .formatted(name));
    HttpResponse<String> extended =
        api.send(
            manager,
            "PUT",
            "/api/v1/roles/" + name,
            "{\"permissions\":[\"content:read\",\"audit:read\"],\"mfaRequired\":false}");

    assertThat(tooBroad.statusCode()).as(tooBroad.body()).isEqualTo(403);
    assertThat(strings(json(tooBroad).get("missing"))).containsExactly("users:manage");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    assertThat(extended.statusCode()).isEqualTo(403);
    assertThat(permissionsOf(name)).containsExactly("content:read");

    // taking away what one does not hold is not a grant
    String other = role("content:read", "audit:read");
    HttpResponse<String> reduced =
        api.send(
            manager,
            "PUT",
            "/api/v1/roles/" + other,
            "{\"permissions\":[\"content:read\"],\"mfaRequired\":false}");
    assertThat(reduced.statusCode()).as(reduced.body()).isEqualTo(200);
  }

  @Test
  void onlyAnOwnerChangesThePolicyOfTheOwnerAndAdminRoles() {
    String admin = accounts.tokenFor("ADMIN");
    for (String role : List.of("OWNER", "ADMIN")) {
      HttpResponse<String> refused =
          api.send(admin, "PUT", "/api/v1/roles/" + role, "{\"mfaRequired\":true}");
      assertThat(refused.statusCode()).as(role).isEqualTo(403);
      assertThat(Api.type(refused)).isEqualTo("/problems/owner-required");
    }
    assertThat(mfaRequired("ADMIN")).isFalse();

    HttpResponse<String> byOwner =
        api.send(
            accounts.tokenFor("OWNER"), "PUT", "/api/v1/roles/ADMIN", "{\"mfaRequired\":false}");
    assertThat(byOwner.statusCode()).as(byOwner.body()).isEqualTo(200);
    // the other built-in roles stay an admin's to change
    assertThat(
            api.send(admin, "PUT", "/api/v1/roles/VIEWER", "{\"mfaRequired\":false}").statusCode())
        .isEqualTo(200);
  }

  // --- personal access tokens ------------------------------------------------------------------

  @Test
  void aTokenCannotMintOrManageTokens() {
    String session = accounts.tokenFor("ADMIN");
    // a token made before tokens:create was refused as a scope
    String legacy = legacyPat(api.idOf(session), "tokens:create");

    HttpResponse<String> minted =
        api.send(
            legacy,
            "POST",
            "/api/v1/me/tokens",
            "{\"name\":\"child\",\"scopes\":[\"users:manage\",\"roles:manage\",\"audit:read\","
                + "\"settings:manage\",\"system:read\"]}");

    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(403);
    assertThat(Api.type(minted)).isEqualTo("/problems/forbidden");
    assertThat(api.get(legacy, "/api/v1/me/tokens").statusCode()).isEqualTo(403);
    assertThat(api.get(legacy, "/api/v1/me/tokens/scopes").statusCode()).isEqualTo(403);
    HttpResponse<String> asScope =
        api.send(
            session,
            "POST",
            "/api/v1/me/tokens",
            "{\"name\":\"x\",\"scopes\":[\"tokens:create\"]}");
    assertThat(asScope.statusCode()).isEqualTo(400);
    assertThat(Api.type(asScope)).isEqualTo("/problems/validation-failed");
  }

  @Test
  void aSessionCannotGiveATokenAScopeItDoesNotHold() {
    HttpResponse<String> response =
        api.send(
            accounts.tokenFor("AUTHOR"),
            "POST",
            "/api/v1/me/tokens",
            "{\"name\":\"x\",\"scopes\":[\"content:read\",\"content:publish\"]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("errors").toString()).contains("content:publish");
  }

  @Test
  void aRolesMfaRequirementBindsItsUsersTokens() {
    String name = role("audit:read", "tokens:create");
    String session = accounts.login(accounts.create(name));
    String token = pat(session, "audit:read");
    assertThat(api.get(token, "/api/v1/audit-events").statusCode()).isEqualTo(200);

    jdbc.sql("update roles set mfa_required = true where name = ?").param(name).update();

    HttpResponse<String> byToken = api.get(token, "/api/v1/audit-events");
    HttpResponse<String> bySession = api.get(session, "/api/v1/audit-events");
    assertThat(byToken.statusCode()).isEqualTo(403);
    assertThat(Api.type(byToken)).isEqualTo("/problems/mfa-enrolment-required");
    assertThat(Api.type(bySession)).isEqualTo(Api.type(byToken));
    assertThat(json(api.get(token, "/api/v1/me")).get("mfaEnrolmentRequired").asBoolean()).isTrue();
  }

  @Test
  void whoAmIAnswersAnyValidToken() {
    String session = accounts.tokenFor("EDITOR");
    String token = pat(session, "analytics:read");

    HttpResponse<String> me = api.get(token, "/api/v1/me");

    assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
    assertThat(json(me).get("id").asString()).isEqualTo(api.idOf(session).toString());
    assertThat(json(me).get("role").asString()).isEqualTo("EDITOR");
    assertThat(api.get("trae_pat_made-up", "/api/v1/me").statusCode()).isEqualTo(401);
  }

  @Test
  void theScopesOnOfferAreWhatTheCallerHoldsWithDescriptions() {
    String session =
        accounts.login(accounts.create(role("analytics:read", "content:read", "tokens:create")));

    HttpResponse<String> scopes = api.get(session, "/api/v1/me/tokens/scopes");

    assertThat(scopes.statusCode()).as(scopes.body()).isEqualTo(200);
    assertThat(json(scopes).toString())
        .isEqualTo(
            "[{\"name\":\"content:read\",\"description\":\"Read content\"},"
                + "{\"name\":\"analytics:read\",\"description\":\"See analytics\"}]");
  }

  // --- helpers ---------------------------------------------------------------------------------

  private String role(String... permissions) {
    String name = "ESC_" + suffix();
    jdbc.sql(
            "insert into roles (name, built_in, permissions, mfa_required) values (?, false, ?, false)")
        .params(name, permissions)
        .update();
    return name;
  }

  private static String suffix() {
    return UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  }

  private HttpResponse<String> invite(String session, String role) {
    return api.send(
        session,
        "POST",
        "/api/v1/users/invitations",
        "{\"email\":\"invitee-%s@example.test\",\"role\":\"%s\"}"
            .formatted(UUID.randomUUID(), role));
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

  /** A token written straight to the database, as earlier versions could create it. */
  private String legacyPat(UUID userId, String... scopes) {
    String token = "trae_pat_" + OpaqueTokens.random();
    jdbc.sql(
            """
            insert into personal_access_tokens
              (id, user_id, name, token_hash, prefix, scopes, created_at)
            values (?, ?, 'legacy', ?, ?, ?, ?)
            """)
        .params(
            UUID.randomUUID(),
            userId,
            OpaqueTokens.sha256(token),
            token.substring(0, 13),
            scopes,
            Timestamp.from(Instant.now()))
        .update();
    return token;
  }

  private String roleOf(UUID user) {
    return jdbc.sql("select role from users where id = ?").param(user).query(String.class).single();
  }

  private List<String> permissionsOf(String role) {
    return List.of(
        (String[])
            jdbc.sql("select permissions from roles where name = ?")
                .param(role)
                .query((rs, n) -> rs.getArray(1).getArray())
                .single());
  }

  private boolean mfaRequired(String role) {
    return jdbc.sql("select mfa_required from roles where name = ?")
        .param(role)
        .query(Boolean.class)
        .single();
  }

  private static List<String> strings(JsonNode array) {
    return array.valueStream().map(JsonNode::asString).toList();
  }
}
