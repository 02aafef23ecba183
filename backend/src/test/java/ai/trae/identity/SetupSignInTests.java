package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Its own database, where setup has not happened yet: the start-up line invites the operator to
 * create the owner, and creating the owner signs them in like a login would (here with an OWNER
 * role that demands two-factor authentication, so like a login that leads into enrolment).
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
@TestPropertySource(properties = "trae.test.context=setup-sign-in")
class SetupSignInTests {

  private static final String PASSWORD = "a quiet lighthouse keeps watch 9";

  @Autowired Http http;
  @Autowired JdbcClient jdbc;
  @Autowired Environment environment;

  @Test
  void theStartUpLineSaysWhereToGoThenSetupSignsTheOwnerIn(CapturedOutput output) {
    String address = "http://localhost:" + environment.getProperty("local.server.port");
    assertThat(output.getAll())
        .contains("TRAE is ready at " + address + " — open it to create the owner account");
    jdbc.sql("update roles set mfa_required = true where name = 'OWNER'").update();

    HttpResponse<String> setup =
        http.send(
            "POST",
            "/api/v1/setup",
            "{\"email\":\"owner@example.test\",\"password\":\"%s\",\"displayName\":\"Owner\"}"
                .formatted(PASSWORD),
            "Content-Type",
            "application/json",
            "User-Agent",
            "setup-browser");

    assertThat(setup.statusCode()).as(setup.body()).isEqualTo(201);
    assertThat(json(setup).get("tokenType").asString()).isEqualTo("Bearer");
    assertThat(json(setup).get("expiresIn").asLong()).isPositive();
    assertThat(json(setup).get("mfaEnrolmentRequired").asBoolean()).isTrue();
    String token = json(setup).get("accessToken").asString();
    assertThat(
            json(http.get("/api/v1/me", "Authorization", "Bearer " + token)).get("role").asString())
        .isEqualTo("OWNER");
    assertThat(Api.type(http.get("/api/v1/users", "Authorization", "Bearer " + token)))
        .isEqualTo("/problems/mfa-enrolment-required");
    String cookie = setup.headers().firstValue("Set-Cookie").orElseThrow();
    assertThat(cookie).startsWith("trae_refresh=").contains("HttpOnly").contains("SameSite=Strict");
    HttpResponse<String> refreshed =
        http.send("POST", "/api/v1/auth/refresh", "", "Cookie", cookie.split(";")[0]);
    assertThat(refreshed.statusCode()).isEqualTo(200);
    assertThat(json(refreshed).get("mfaEnrolmentRequired").asBoolean()).isTrue();
    assertThat(
            jdbc.sql(
                    """
                    select user_agent from sessions s join users u on u.id = s.user_id
                    where u.email = 'owner@example.test'
                    """)
                .query(String.class)
                .single())
        .isEqualTo("setup-browser");
    assertThat(
            jdbc.sql(
                    """
                    select count(*) from audit_events
                    where action = 'auth.login.succeeded' and summary->>'method' = 'setup'
                    """)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }
}
