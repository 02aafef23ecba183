package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class PersonalAccessTokenTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void tokenIsShownOnceStoredHashedAndWorksUntilRevoked() {
    String session = accounts.tokenFor("ADMIN");
    HttpResponse<String> created =
        create(session, "{\"name\":\"ci\",\"scopes\":[\"audit:read\"],\"expiresInDays\":30}");

    assertThat(created.statusCode()).isEqualTo(201);
    String token = json(created).get("token").asString();
    assertThat(token).startsWith("trae_pat_");
    assertThat(
            jdbc.sql(
                    "select count(*) from personal_access_tokens where prefix = ? and token_hash is not null")
                .param(token.substring(0, 13))
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(http.get("/api/v1/me/tokens", Accounts.bearer(session)).body())
        .doesNotContain(token);
    assertThat(http.get("/api/v1/audit-events", Accounts.bearer(token)).statusCode())
        .isEqualTo(200);
    assertThat(http.get("/api/v1/system", Accounts.bearer(token)).statusCode()).isEqualTo(403);

    String id = json(created).get("id").asString();
    assertThat(
            http.send("DELETE", "/api/v1/me/tokens/" + id, "", Accounts.bearer(session))
                .statusCode())
        .isEqualTo(204);
    assertThat(http.get("/api/v1/audit-events", Accounts.bearer(token)).statusCode())
        .isEqualTo(401);
  }

  @Test
  void scopesCannotExceedTheCreatorsPermissions() {
    HttpResponse<String> response =
        create(accounts.tokenFor("EDITOR"), "{\"name\":\"x\",\"scopes\":[\"users:manage\"]}");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(json(response).get("errors").get(0).get("field").asString()).isEqualTo("scopes");
  }

  @Test
  void tokensCannotUseSessionOnlyEndpoints() {
    String token =
        json(create(accounts.tokenFor("ADMIN"), "{\"name\":\"x\",\"scopes\":[\"content:read\"]}"))
            .get("token")
            .asString();

    assertThat(http.get("/api/v1/me/sessions", Accounts.bearer(token)).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/v1/me/tokens", Accounts.bearer(token)).statusCode()).isEqualTo(403);
    assertThat(http.get("/api/v1/me/tokens", Accounts.bearer("trae_pat_made-up")).statusCode())
        .isEqualTo(401);
  }

  private HttpResponse<String> create(String session, String body) {
    return http.send(
        "POST",
        "/api/v1/me/tokens",
        body,
        "Authorization",
        "Bearer " + session,
        "Content-Type",
        "application/json");
  }
}
