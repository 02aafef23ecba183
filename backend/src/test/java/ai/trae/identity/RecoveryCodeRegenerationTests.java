package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.mfa.Totp;
import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** New recovery codes replace every old one; the old ones stop working at sign-in. */
@IntegrationTest
class RecoveryCodeRegenerationTests {

  private static final String REGENERATE = "/api/v1/me/mfa/recovery-codes";

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void newCodesReplaceAllOldOnesAndTheChangeIsAudited() {
    Api api = new Api(http);
    String email = accounts.create("AUTHOR");
    String session = accounts.login(email);
    List<String> old = enrol(api, session);

    HttpResponse<String> wrong =
        api.send(session, "POST", REGENERATE, "{\"password\":\"not my password\"}");
    assertThat(wrong.statusCode()).isEqualTo(400);
    assertThat(Api.type(wrong)).isEqualTo("/problems/invalid-credentials");

    HttpResponse<String> regenerated =
        api.send(session, "POST", REGENERATE, "{\"password\":\"%s\"}".formatted(Accounts.PASSWORD));

    assertThat(regenerated.statusCode()).as(regenerated.body()).isEqualTo(200);
    List<String> fresh = codes(json(regenerated));
    assertThat(fresh).hasSize(10).doesNotContainAnyElementsOf(old);
    assertThat(secondFactor(email, old.get(0)).statusCode()).isEqualTo(401);
    assertThat(secondFactor(email, fresh.get(0)).statusCode()).isEqualTo(200);
    assertThat(
            jdbc.sql("select count(*) from audit_events where action = ? and target_id = ?")
                .params("mfa.recovery-codes.regenerated", api.idOf(session).toString())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void withoutTwoFactorThereIsNothingToReplace() {
    Api api = new Api(http);
    String session = accounts.login(accounts.create("AUTHOR"));

    HttpResponse<String> response =
        api.send(session, "POST", REGENERATE, "{\"password\":\"%s\"}".formatted(Accounts.PASSWORD));

    assertThat(response.statusCode()).isEqualTo(409);
    assertThat(Api.type(response)).isEqualTo("/problems/conflict");
  }

  private static List<String> enrol(Api api, String session) {
    String secret =
        json(api.send(session, "POST", "/api/v1/me/mfa/totp", "")).get("secret").asString();
    HttpResponse<String> confirmed =
        api.send(
            session,
            "POST",
            "/api/v1/me/mfa/totp/confirm",
            "{\"code\":\"%s\"}".formatted(Totp.code(secret, Totp.step(Instant.now()))));
    assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
    return codes(json(confirmed));
  }

  private HttpResponse<String> secondFactor(String email, String code) {
    String mfaToken =
        json(accounts.loginResponse(email, Accounts.PASSWORD)).get("mfaToken").asString();
    return http.send(
        "POST",
        "/api/v1/auth/mfa",
        "{\"mfaToken\":\"%s\",\"code\":\"%s\"}".formatted(mfaToken, code),
        "Content-Type",
        "application/json");
  }

  private static List<String> codes(JsonNode body) {
    List<String> codes = new ArrayList<>();
    body.get("recoveryCodes").forEach(c -> codes.add(c.asString()));
    return codes;
  }
}
