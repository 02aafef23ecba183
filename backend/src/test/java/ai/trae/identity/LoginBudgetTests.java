package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** The per-account request budget does not apply to a browser that signed in before. */
@IntegrationTest
@TestPropertySource(
    properties = {
      "trae.test.context=login-budgets",
      "trae.rate-limit.policies.login-account.capacity=3",
      "trae.rate-limit.policies.login-account.period=1h"
    })
class LoginBudgetTests {

  @Autowired Http http;
  @Autowired Accounts accounts;

  @Test
  void strangersUsingUpTheAccountBudgetDoNotStopTheUsersBrowser() {
    String email = accounts.create("OWNER");
    String device =
        DeviceCookieTests.deviceCookie(accounts.loginResponse(email, Accounts.PASSWORD));
    for (int i = 0; i < 2; i++) {
      assertThat(accounts.loginResponse(email, "guess number " + i).statusCode()).isEqualTo(401);
    }
    HttpResponse<String> limited = accounts.loginResponse(email, "guess number 3");
    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(Api.type(limited)).isEqualTo("/problems/too-many-requests");

    HttpResponse<String> own =
        http.send(
            "POST",
            "/api/v1/auth/login",
            "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, Accounts.PASSWORD),
            "Content-Type",
            "application/json",
            "Cookie",
            device);

    assertThat(own.statusCode()).as(own.body()).isEqualTo(200);
  }
}
