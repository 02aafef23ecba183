package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.context.TestPropertySource;

/**
 * Runs every flow that handles a secret with verbose logging, then scans everything written: no
 * password, refresh token, access token, personal access token or TOTP secret may appear.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(
    properties = {
      "logging.level.ai.trae=debug",
      "logging.level.org.springframework.security=debug",
      "logging.level.org.springframework.web=debug"
    })
class SecretsInLogsTests {

  @Autowired Http http;
  @Autowired Accounts accounts;

  @Test
  void noSecretIsEverLogged(CapturedOutput output) {
    String email = accounts.create("ADMIN");
    accounts.loginResponse(email, "a wrong password that must not be logged");
    HttpResponse<String> login = accounts.loginResponse(email, Accounts.PASSWORD);
    String access = json(login).get("accessToken").asString();
    String cookie = login.headers().firstValue("Set-Cookie").orElseThrow();
    String refresh = cookie.substring("trae_refresh=".length(), cookie.indexOf(';'));
    HttpResponse<String> refreshed =
        http.send("POST", "/api/v1/auth/refresh", "", "Cookie", "trae_refresh=" + refresh);
    String pat =
        json(http.send(
                "POST",
                "/api/v1/me/tokens",
                "{\"name\":\"logs\",\"scopes\":[\"audit:read\"]}",
                "Authorization",
                "Bearer " + access,
                "Content-Type",
                "application/json"))
            .get("token")
            .asString();
    http.get("/api/v1/audit-events", Accounts.bearer(pat));
    String secret =
        json(http.send("POST", "/api/v1/me/mfa/totp", "", Accounts.bearer(access)))
            .get("secret")
            .asString();
    http.send(
        "POST",
        "/api/v1/me/password",
        "{\"currentPassword\":\"%s\",\"newPassword\":\"another fine passphrase 31\"}"
            .formatted(Accounts.PASSWORD),
        "Authorization",
        "Bearer " + access,
        "Content-Type",
        "application/json");
    // a saved SMTP password (the test mail fails: nothing listens on port 9)
    http.send(
        "PUT",
        "/api/v1/settings/instance",
        "{\"smtpHost\":\"127.0.0.1\",\"smtpPort\":9,\"smtpUsername\":\"u\","
            + "\"smtpPassword\":\"smtp password never logged\",\"smtpStarttls\":false}",
        "Authorization",
        "Bearer " + access,
        "Content-Type",
        "application/json");
    http.send(
        "POST",
        "/api/v1/settings/instance/test-mail",
        "{}",
        "Authorization",
        "Bearer " + access,
        "Content-Type",
        "application/json");
    http.send(
        "PUT",
        "/api/v1/settings/instance",
        "{}",
        "Authorization",
        "Bearer " + access,
        "Content-Type",
        "application/json");

    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(output.getAll())
        .contains("ai.trae.access") // the logs were captured at all
        .doesNotContain(
            Accounts.PASSWORD,
            "a wrong password that must not be logged",
            "another fine passphrase 31",
            "smtp password never logged",
            refresh,
            access,
            access.substring(access.lastIndexOf('.') + 1),
            pat,
            secret);
  }
}
