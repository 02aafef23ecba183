package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.nimbusds.jwt.SignedJWT;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Callers are cached per node, yet any change to a session, its user or their role is seen by the
 * very next request, even a change no code announced: here each is made by SQL behind the
 * application's back, as another node or an operator would.
 */
@IntegrationTest
class CachedCallerTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void aSessionRevokedInTheDatabaseIsRefusedOnTheNextRequest() throws Exception {
    String token = accounts.login(accounts.create("VIEWER"));
    assertThat(http.get("/api/v1/me", Accounts.bearer(token)).statusCode()).isEqualTo(200);

    jdbc.sql("update sessions set revoked_at = now() where revoked_at is null and id = ?")
        .param(sessionOf(token))
        .update();

    assertThat(http.get("/api/v1/me", Accounts.bearer(token)).statusCode()).isEqualTo(401);
  }

  @Test
  void aUserDisabledInTheDatabaseIsRefusedOnTheNextRequest() throws Exception {
    String email = accounts.create("VIEWER");
    String token = accounts.login(email);
    assertThat(http.get("/api/v1/me", Accounts.bearer(token)).statusCode()).isEqualTo(200);

    jdbc.sql("update users set status = 'disabled' where lower(email) = lower(?)")
        .param(email)
        .update();

    assertThat(http.get("/api/v1/me", Accounts.bearer(token)).statusCode()).isEqualTo(401);
  }

  @Test
  void roleAndProfileChangesInTheDatabaseShowOnTheNextRequest() throws Exception {
    String email = accounts.create("VIEWER");
    String token = accounts.login(email);
    assertThat(json(http.get("/api/v1/me", Accounts.bearer(token))).get("role").asString())
        .isEqualTo("VIEWER");

    jdbc.sql("update users set role = 'EDITOR', display_name = 'Renamed' where lower(email) = ?")
        .param(email.toLowerCase())
        .update();

    var me = json(http.get("/api/v1/me", Accounts.bearer(token)));
    assertThat(me.get("role").asString()).isEqualTo("EDITOR");
    assertThat(me.get("displayName").asString()).isEqualTo("Renamed");
    assertThat(me.get("permissions").toString()).contains("content:write-own");
  }

  @Test
  void aRolesPermissionsChangedInTheDatabaseApplyOnTheNextRequest() throws Exception {
    jdbc.sql(
            "insert into roles (name, permissions) values ('CACHE_PROBE', array['audit:read'])"
                + " on conflict do nothing")
        .update();
    String token = accounts.login(accounts.create("CACHE_PROBE"));
    assertThat(http.get("/api/v1/audit-events", Accounts.bearer(token)).statusCode())
        .isEqualTo(200);

    jdbc.sql("update roles set permissions = array[]::text[] where name = 'CACHE_PROBE'").update();

    assertThat(http.get("/api/v1/audit-events", Accounts.bearer(token)).statusCode())
        .isEqualTo(403);
  }

  private static UUID sessionOf(String token) throws Exception {
    return UUID.fromString(SignedJWT.parse(token).getJWTClaimsSet().getStringClaim("sid"));
  }
}
