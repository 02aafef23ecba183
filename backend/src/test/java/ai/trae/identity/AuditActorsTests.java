package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** Who did what to whom, as the audit API shows it. */
@IntegrationTest
class AuditActorsTests {

  @Autowired Http http;
  @Autowired Accounts accounts;

  @Test
  void profileChangesAreAuditedWithBeforeAndAfterAndShowNamesAndEmails() {
    String email = accounts.create("AUTHOR");
    String session = accounts.login(email);
    String id = json(http.get("/api/v1/me", Accounts.bearer(session))).get("id").asString();

    HttpResponse<String> patched =
        http.send(
            "PATCH",
            "/api/v1/me",
            "{\"displayName\":\"Ada Renamed\"}",
            "Authorization",
            "Bearer " + session,
            "Content-Type",
            "application/json");
    assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);

    JsonNode entry = only("user.profile.changed", id);
    assertThat(entry.get("actorType").asString()).isEqualTo("user");
    assertThat(entry.get("actorName").asString()).isEqualTo("Ada Renamed");
    assertThat(entry.get("actorEmail").asString()).isEqualTo(email);
    assertThat(entry.get("targetName").asString()).isEqualTo("Ada Renamed");
    assertThat(entry.get("targetEmail").asString()).isEqualTo(email);
    assertThat(entry.get("summary").get("before").asString()).isEqualTo("AUTHOR user");
    assertThat(entry.get("summary").get("after").asString()).isEqualTo("Ada Renamed");
  }

  @Test
  void actionsDoneWithAPersonalAccessTokenAreRecordedAsTheTokenOfItsUser() {
    String adminEmail = accounts.create("ADMIN");
    String adminSession = accounts.login(adminEmail);
    String adminId =
        json(http.get("/api/v1/me", Accounts.bearer(adminSession))).get("id").asString();
    HttpResponse<String> created =
        http.send(
            "POST",
            "/api/v1/me/tokens",
            "{\"name\":\"offboarding script\",\"scopes\":[\"users:manage\",\"content:read\",\"analytics:read\"],\"expiresInDays\":1}",
            "Authorization",
            "Bearer " + adminSession,
            "Content-Type",
            "application/json");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String pat = json(created).get("token").asString();
    String tokenId = json(created).get("id").asString();
    // a VIEWER: acting on a user needs every permission of their role, and these scopes have them
    String editorEmail = accounts.create("VIEWER");
    String editorId =
        json(http.get("/api/v1/me", Accounts.bearer(accounts.login(editorEmail))))
            .get("id")
            .asString();

    HttpResponse<String> disabled =
        http.send(
            "PATCH",
            "/api/v1/users/" + editorId,
            "{\"disabled\":true}",
            "Authorization",
            "Bearer " + pat,
            "Content-Type",
            "application/json");
    assertThat(disabled.statusCode()).as(disabled.body()).isEqualTo(200);

    // the person filter finds what they did with their tokens too
    JsonNode entry = only("user.disabled", adminId);
    assertThat(entry.get("actorType").asString()).isEqualTo("token");
    assertThat(entry.get("actorId").asString()).isEqualTo(tokenId);
    assertThat(entry.get("actorName").asString()).isEqualTo("offboarding script");
    assertThat(entry.get("actorUserId").asString()).isEqualTo(adminId);
    assertThat(entry.get("actorEmail").asString()).isEqualTo(adminEmail);
    assertThat(entry.get("targetEmail").asString()).isEqualTo(editorEmail);

    assertThat(
            http.send("DELETE", "/api/v1/users/" + editorId, "", Accounts.bearer(adminSession))
                .statusCode())
        .isEqualTo(204);
    JsonNode afterAnonymising = only("user.disabled", adminId);
    assertThat(afterAnonymising.get("targetEmail").asString())
        .startsWith("anonymised-")
        .isNotEqualTo(editorEmail);
    assertThat(afterAnonymising.get("targetName").asString()).doesNotContain("VIEWER user");
    JsonNode verification =
        json(http.get("/api/v1/audit-events/verify", Accounts.bearer(adminSession)));
    assertThat(verification.get("valid").asBoolean()).as(verification.toString()).isTrue();
  }

  private JsonNode only(String action, String actorId) {
    JsonNode items =
        json(http.get(
                "/api/v1/audit-events?action=" + action + "&actorId=" + actorId,
                Accounts.bearer(accounts.tokenFor("OWNER"))))
            .get("items");
    assertThat(items).as(items.toString()).hasSize(1);
    return items.get(0);
  }
}
