package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class UserAdministrationTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Api api;

  @org.junit.jupiter.api.BeforeEach
  void api() {
    api = new Api(http);
  }

  private String admin() {
    return accounts.tokenFor("ADMIN");
  }

  @Test
  void listSearchesEmailAndNamePrefixesAndPagesNewestFirst() {
    String marker = "srch" + UUID.randomUUID().toString().substring(0, 8);
    Instant base = Instant.parse("2030-01-01T00:00:00Z");
    insertUser(marker + "-a@example.test", "First", base);
    insertUser(marker + "-b@example.test", "Second", base.plusSeconds(1));
    insertUser("other-" + marker + "@example.test", marker + " by name", base.plusSeconds(2));
    insertUser("unrelated-" + marker + "@example.test", "Nobody", base.plusSeconds(3));

    HttpResponse<String> first =
        api.get(admin(), "/api/v1/users?limit=2&q=" + marker.toUpperCase());

    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    assertThat(displayNames(first)).containsExactly(marker + " by name", "Second");
    String cursor = json(first).get("nextCursor").asString();
    HttpResponse<String> second =
        api.get(admin(), "/api/v1/users?limit=2&q=" + marker + "&cursor=" + cursor);
    assertThat(displayNames(second)).containsExactly("First");
    assertThat(json(second).get("nextCursor")).isNull();
    JsonNode item = json(second).get("items").get(0);
    assertThat(item.get("email").asString()).isEqualTo(marker + "-a@example.test");
    assertThat(item.get("status").asString()).isEqualTo("active");
    assertThat(item.get("role").asString()).isEqualTo("VIEWER");
    assertThat(item.get("mfaEnabled").asBoolean()).isFalse();
    // LIKE wildcards in q are literal characters
    assertThat(displayNames(api.get(admin(), "/api/v1/users?q=" + encode("%" + marker)))).isEmpty();
    assertThat(displayNames(api.get(admin(), "/api/v1/users?q=" + encode("srch_")))).isEmpty();
  }

  @Test
  void listRefusesOversizedPagesAndForeignCursors() {
    assertThat(api.get(admin(), "/api/v1/users?limit=101").statusCode()).isEqualTo(400);
    HttpResponse<String> cursor = api.get(admin(), "/api/v1/users?cursor=bm90LWEta2V5");
    assertThat(cursor.statusCode()).isEqualTo(400);
    assertThat(Api.type(cursor)).isEqualTo("/problems/bad-request");
    assertThat(api.get(accounts.tokenFor("EDITOR"), "/api/v1/users").statusCode()).isEqualTo(403);
  }

  @Test
  void roleChangesApplyAtOnceAndAreAuditedWithBeforeAndAfter() {
    String email = accounts.create("EDITOR");
    String token = accounts.login(email);
    UUID id = api.idOf(token);

    HttpResponse<String> changed =
        api.send(admin(), "PATCH", "/api/v1/users/" + id, "{\"role\":\"AUTHOR\"}");

    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(json(changed).get("role").asString()).isEqualTo("AUTHOR");
    assertThat(json(api.get(token, "/api/v1/me")).get("permissions").toString())
        .doesNotContain("content:publish");
    assertThat(
            jdbc.sql(
                    """
                    select summary->>'before' || '>' || (summary->>'after') from audit_events
                    where action = 'user.role.changed' and target_id = ?
                    """)
                .param(id.toString())
                .query(String.class)
                .single())
        .isEqualTo("EDITOR>AUTHOR");
    HttpResponse<String> unknown =
        api.send(admin(), "PATCH", "/api/v1/users/" + id, "{\"role\":\"WIZARD\"}");
    assertThat(unknown.statusCode()).isEqualTo(400);
    assertThat(json(unknown).get("errors").get(0).get("field").asString()).isEqualTo("role");
    assertThat(api.send(admin(), "PATCH", "/api/v1/users/" + UUID.randomUUID(), "{}").statusCode())
        .isEqualTo(404);
  }

  @Test
  void onlyOwnersCreateOwnersOrTouchAnOwnersAccount() {
    UUID target = api.idOf(accounts.login(accounts.create("VIEWER")));
    UUID owner = api.idOf(accounts.login(accounts.create("OWNER")));

    HttpResponse<String> promote =
        api.send(admin(), "PATCH", "/api/v1/users/" + target, "{\"role\":\"OWNER\"}");
    assertThat(promote.statusCode()).isEqualTo(403);
    assertThat(Api.type(promote)).isEqualTo("/problems/owner-required");
    for (HttpResponse<String> refused :
        List.of(
            api.send(admin(), "PATCH", "/api/v1/users/" + owner, "{\"disabled\":true}"),
            api.send(admin(), "PATCH", "/api/v1/users/" + owner, "{\"role\":\"VIEWER\"}"),
            api.send(admin(), "POST", "/api/v1/users/" + owner + "/password-reset", ""),
            api.send(admin(), "POST", "/api/v1/users/" + owner + "/mfa/reset", ""),
            api.send(admin(), "DELETE", "/api/v1/users/" + owner, ""),
            api.send(
                admin(),
                "POST",
                "/api/v1/users/invitations",
                "{\"email\":\"owner-to-be@example.test\",\"role\":\"OWNER\"}"))) {
      assertThat(Api.type(refused)).as(refused.body()).isEqualTo("/problems/owner-required");
    }

    HttpResponse<String> byOwner =
        api.send(
            accounts.tokenFor("OWNER"), "PATCH", "/api/v1/users/" + target, "{\"role\":\"OWNER\"}");
    assertThat(byOwner.statusCode()).as(byOwner.body()).isEqualTo(200);
    assertThat(json(byOwner).get("role").asString()).isEqualTo("OWNER");
  }

  @Test
  void nobodyDisablesOrRemovesThemselves() {
    String self = accounts.login(accounts.create("ADMIN"));
    UUID id = api.idOf(self);

    HttpResponse<String> disable =
        api.send(self, "PATCH", "/api/v1/users/" + id, "{\"disabled\":true}");
    HttpResponse<String> remove = api.send(self, "DELETE", "/api/v1/users/" + id, "");

    assertThat(disable.statusCode()).isEqualTo(remove.statusCode()).isEqualTo(409);
    assertThat(Api.type(disable)).isEqualTo(Api.type(remove)).isEqualTo("/problems/self-change");
    assertThat(api.get(self, "/api/v1/me").statusCode()).isEqualTo(200);
  }

  @Test
  void disablingEndsTheSessionsAtOnceAndEnablingLetsThemBack() {
    String email = accounts.create("AUTHOR");
    String token = accounts.login(email);
    UUID id = api.idOf(token);

    HttpResponse<String> disabled =
        api.send(admin(), "PATCH", "/api/v1/users/" + id, "{\"disabled\":true}");

    assertThat(json(disabled).get("status").asString()).isEqualTo("disabled");
    assertThat(api.get(token, "/api/v1/me").statusCode()).isEqualTo(401);
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(401);
    assertThat(actions(id)).contains("user.disabled");

    HttpResponse<String> enabled =
        api.send(admin(), "PATCH", "/api/v1/users/" + id, "{\"disabled\":false}");

    assertThat(json(enabled).get("status").asString()).isEqualTo("active");
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(200);
    assertThat(actions(id)).contains("user.enabled");
  }

  @Test
  void mfaResetRemovesTheFactorsAndEndsTheSessions() {
    String token = accounts.login(accounts.create("EDITOR"));
    UUID id = api.idOf(token);
    jdbc.sql(
            "insert into totp_factors (user_id, secret_encrypted, confirmed_at) values (?, ?, now())")
        .params(id, new byte[] {1, 2, 3})
        .update();
    jdbc.sql("insert into recovery_codes (user_id, code_hash) values (?, 'h1'), (?, 'h2')")
        .params(id, id)
        .update();
    jdbc.sql("update users set mfa_enabled = true where id = ?").param(id).update();

    HttpResponse<String> reset =
        api.send(admin(), "POST", "/api/v1/users/" + id + "/mfa/reset", "");

    assertThat(reset.statusCode()).isEqualTo(204);
    assertThat(count("select count(*) from totp_factors where user_id = ?", id)).isZero();
    assertThat(count("select count(*) from recovery_codes where user_id = ?", id)).isZero();
    assertThat(count("select count(*) from users where id = ? and mfa_enabled", id)).isZero();
    assertThat(api.get(token, "/api/v1/me").statusCode()).isEqualTo(401);
    assertThat(actions(id)).contains("user.mfa.reset");
  }

  @Test
  void anAdminResetLinkSetsANewPasswordEndsSessionsAndLiftsTheLockout() {
    String email = accounts.create("AUTHOR");
    String token = accounts.login(email);
    UUID id = api.idOf(token);
    jdbc.sql(
            "update users set failed_logins = 9, locked_until = now() + interval '1 hour' where id = ?")
        .param(id)
        .update();

    HttpResponse<String> link =
        api.send(admin(), "POST", "/api/v1/users/" + id + "/password-reset", "");

    assertThat(link.statusCode()).as(link.body()).isEqualTo(200);
    String url = json(link).get("resetUrl").asString();
    assertThat(url).startsWith("http://localhost:8080/reset-password?token=");
    assertThat(Instant.parse(json(link).get("expiresAt").asString()))
        .isBetween(Instant.now().plusSeconds(3500), Instant.now().plusSeconds(3700));
    String secret = url.substring(url.indexOf("token=") + 6);
    String body =
        "{\"token\":\"%s\",\"newPassword\":\"quiet violet harbour lantern 19\"}".formatted(secret);

    HttpResponse<String> confirmed =
        api.anonymous("POST", "/api/v1/auth/password-reset/confirm", body);

    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(204);
    assertThat(api.get(token, "/api/v1/me").statusCode()).isEqualTo(401);
    assertThat(accounts.loginResponse(email, Accounts.PASSWORD).statusCode()).isEqualTo(401);
    assertThat(accounts.loginResponse(email, "quiet violet harbour lantern 19").statusCode())
        .isEqualTo(200);
    HttpResponse<String> again = api.anonymous("POST", "/api/v1/auth/password-reset/confirm", body);
    assertThat(again.statusCode()).isEqualTo(400);
    assertThat(Api.type(again)).isEqualTo("/problems/invalid-token");
    assertThat(actions(id)).contains("user.password-reset.link-created", "user.password.reset");
  }

  @Test
  void anonymisingRemovesPersonalDataAndTheAuditLogShowsThePseudonym() {
    String email = accounts.create("EDITOR");
    String token = accounts.login(email);
    UUID id = api.idOf(token);
    jdbc.sql(
            """
            insert into personal_access_tokens (id, user_id, name, token_hash, prefix, scopes,
                                                created_at)
            values (?, ?, 'ci', ?, 'trae_pat_ab', array['content:read'], now())
            """)
        .params(UUID.randomUUID(), id, UUID.randomUUID().toString().getBytes())
        .update();
    jdbc.sql(
            "insert into user_notifications (id, user_id, kind, message, created_at)"
                + " values (?, ?, 'session-revoked', 'a notice about them', now())")
        .params(UUID.randomUUID(), id)
        .update();

    HttpResponse<String> removed = api.send(admin(), "DELETE", "/api/v1/users/" + id, "");

    assertThat(removed.statusCode()).as(removed.body()).isEqualTo(204);
    var row =
        jdbc.sql("select email, display_name, password_hash, status from users where id = ?")
            .param(id)
            .query(
                (rs, n) ->
                    List.of(
                        rs.getString(1),
                        rs.getString(2),
                        String.valueOf(rs.getString(3)),
                        rs.getString(4)))
            .single();
    assertThat(row.get(0)).matches("anonymised-[0-9a-f]{8}@invalid");
    assertThat(row.subList(1, 4)).containsExactly("Anonymised user", "null", "anonymised");
    assertThat(
            count(
                "select count(*) from personal_access_tokens where user_id = ? and revoked_at is null",
                id))
        .isZero();
    assertThat(
            count(
                "select count(*) from sessions where user_id = ? and (revoked_at is null or ip is not null)",
                id))
        .isZero();
    assertThat(count("select count(*) from user_notifications where user_id = ?", id)).isZero();
    assertThat(api.get(token, "/api/v1/me").statusCode()).isEqualTo(401);
    assertThat(json(api.get(admin(), "/api/v1/users?q=" + encode(email))).get("items")).isEmpty();
    HttpResponse<String> audit =
        api.get(accounts.tokenFor("ADMIN"), "/api/v1/audit-events?actorId=" + id);
    assertThat(json(audit).get("items")).isNotEmpty();
    // actorName is the display name, actorEmail the e-mail: both are the pseudonym's now
    assertThat(json(audit).get("items").findValuesAsString("actorEmail")).containsOnly(row.get(0));
    assertThat(json(audit).get("items").findValuesAsString("actorName")).containsOnly(row.get(1));
    assertThat(audit.body()).doesNotContain(email);
    assertThat(api.send(admin(), "DELETE", "/api/v1/users/" + id, "").statusCode()).isEqualTo(404);
  }

  @Test
  void exportHoldsTheUsersOwnDataWithoutSecrets() {
    String email = accounts.create("AUTHOR");
    String token = accounts.login(email);
    UUID id = api.idOf(token);
    jdbc.sql(
            """
            insert into personal_access_tokens (id, user_id, name, token_hash, prefix, scopes,
                                                created_at)
            values (?, ?, 'laptop', ?, 'trae_pat_cd', array['content:read'], now())
            """)
        .params(UUID.randomUUID(), id, "secret-hash".getBytes())
        .update();

    HttpResponse<String> export = api.get(token, "/api/v1/me/export");

    assertThat(export.statusCode()).as(export.body()).isEqualTo(200);
    assertThat(export.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    JsonNode body = json(export);
    assertThat(body.get("profile").get("email").asString()).isEqualTo(email);
    assertThat(body.get("role").get("name").asString()).isEqualTo("AUTHOR");
    assertThat(body.get("sessions")).hasSize(1);
    assertThat(body.get("tokens").get(0).get("name").asString()).isEqualTo("laptop");
    assertThat(body.get("auditEvents").findValuesAsString("action"))
        .contains("auth.login.succeeded");
    assertThat(export.body()).doesNotContainIgnoringCase("hash").doesNotContain("secret");
  }

  private void insertUser(String email, String displayName, Instant createdAt) {
    jdbc.sql(
            """
            insert into users (id, email, display_name, role, status, created_at)
            values (?, ?, ?, 'VIEWER', 'active', ?)
            """)
        .params(UUID.randomUUID(), email, displayName, Timestamp.from(createdAt))
        .update();
  }

  private List<String> displayNames(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json(response).get("items").findValuesAsString("displayName");
  }

  private List<String> actions(UUID target) {
    return jdbc.sql("select action from audit_events where target_id = ? order by id")
        .param(target.toString())
        .query(String.class)
        .list();
  }

  private long count(String sql, UUID id) {
    return jdbc.sql(sql).param(id).query(Long.class).single();
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
