package ai.trae.platform.ratelimit;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.IdentityRateLimits;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import jakarta.servlet.http.HttpServletRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The API budget over real HTTP. Each test is a different client address (X-Forwarded-For from the
 * loopback proxy, configured as trusted here) so the tests do not share budgets.
 */
@IntegrationTest
@Import(ApiRateLimitTests.LoginEndpoint.class)
@TestPropertySource(
    properties = {
      "trae.web.trusted-proxies=127.0.0.1,::1",
      // hour-long periods: no token comes back while a slow machine runs the test
      "trae.rate-limit.policies.api.capacity=5",
      "trae.rate-limit.policies.api.period=1h",
      "trae.rate-limit.policies.login-ip.capacity=2",
      "trae.rate-limit.policies.login-ip.period=1h"
    })
class ApiRateLimitTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired RateLimiter limits;

  /** The platform owns only the API budget; identity's come from its own declaration. */
  @Test
  void everyModulesPoliciesAreCollectedAndBoundFromSettings() {
    assertThat(limits.policy(RateLimitPolicy.API))
        .isEqualTo(new RateLimitPolicy("api", 5, Duration.ofHours(1)));
    assertThat(limits.policy(IdentityRateLimits.LOGIN_IP))
        .isEqualTo(new RateLimitPolicy("login-ip", 2, Duration.ofHours(1)));
    assertThat(limits.policy(IdentityRateLimits.PASSWORD_CHECK).refillPeriod())
        .isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void apiAnswersTellTheClientWhereItStands() {
    HttpResponse<String> response = get("/api/v1/setup", "203.0.113.1");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().allValues("RateLimit-Limit")).containsExactly("5");
    assertThat(response.headers().firstValue("RateLimit-Remaining")).hasValue("4");
    assertThat(response.headers().firstValue("RateLimit-Reset")).hasValue("720");
    assertThat(response.headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void anExhaustedBudgetAnswers429ProblemWithRetryAfter() {
    for (int i = 0; i < 5; i++) {
      assertThat(get("/api/v1/setup", "203.0.113.2").statusCode()).isEqualTo(200);
    }

    HttpResponse<String> refused = get("/api/v1/setup", "203.0.113.2");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(refused.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    assertThat(Long.parseLong(refused.headers().firstValue("Retry-After").orElseThrow()))
        .isBetween(700L, 720L);
    assertThat(refused.headers().allValues("RateLimit-Limit")).containsExactly("5");
    assertThat(refused.headers().firstValue("RateLimit-Remaining")).hasValue("0");
    JsonNode body = json(refused);
    assertThat(body.get("type").asString()).isEqualTo("/problems/too-many-requests");
    assertThat(body.get("title").asString()).isEqualTo("Too many requests");
    assertThat(body.get("status").asInt()).isEqualTo(429);
    assertThat(body.get("detail").asString()).startsWith("Too many requests. Try again in");
    assertThat(body.get("instance").asString()).isEqualTo("/api/v1/setup");
    assertThat(body.get("requestId").asString())
        .isEqualTo(refused.headers().firstValue("X-Request-Id").orElseThrow());
    assertThat(refused.body())
        .doesNotContain("Exception", "java.", "ai.trae", "at ", "trace", "bucket4j");
  }

  @Test
  void addressesHaveSeparateBudgetsAndMadeUpTokensEarnNone() {
    exhaust("203.0.113.3");
    assertThat(get("/api/v1/setup", "203.0.113.3").statusCode()).isEqualTo(429);

    assertThat(get("/api/v1/setup", "203.0.113.4").statusCode())
        .as("another address")
        .isEqualTo(200);
    for (String token :
        List.of("token-one", "token-two", "trae_pat_made-up", "e30.e30.c2ln", "token-one ")) {
      assertThat(
              get("/api/v1/setup", "203.0.113.3", "Authorization", "Bearer " + token).statusCode())
          .as("a made-up token counts on the exhausted address: %s", token)
          .isEqualTo(429);
    }

    HttpResponse<String> refused =
        get("/api/v1/me", "203.0.113.5", "Authorization", "Bearer token-three");
    assertThat(refused.statusCode()).isEqualTo(401);
    assertThat(refused.headers().firstValue("RateLimit-Remaining"))
        .as("refused credentials are counted too")
        .hasValue("4");
  }

  @Test
  void aSignedInUsersBudgetFollowsTheUserWhereverTheyCallFrom() {
    String token = accounts.login(accounts.create("EDITOR"));
    for (int i = 0; i < 5; i++) {
      assertThat(get("/api/v1/me", "203.0.113.1" + i, Accounts.bearer(token)).statusCode())
          .isEqualTo(200);
    }

    assertThat(get("/api/v1/me", "203.0.113.20", Accounts.bearer(token)).statusCode())
        .isEqualTo(429);
    assertThat(get("/api/v1/setup", "203.0.113.20").statusCode())
        .as("the address itself still has its budget")
        .isEqualTo(200);
  }

  @Test
  void healthAndTheUiAreNotLimited() {
    for (int i = 0; i < 8; i++) {
      HttpResponse<String> health = get("/actuator/health", "203.0.113.7");
      assertThat(health.statusCode()).isEqualTo(200);
      assertThat(health.headers().firstValue("RateLimit-Limit")).isEmpty();
      HttpResponse<String> page = get("/", "203.0.113.7");
      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.headers().firstValue("RateLimit-Limit")).isEmpty();
    }
  }

  @Test
  void controllersRefuseWithTheirOwnPolicy() {
    assertThat(post("/api/test/login", "203.0.113.8").statusCode()).isEqualTo(204);
    assertThat(post("/api/test/login", "203.0.113.8").statusCode()).isEqualTo(204);

    HttpResponse<String> refused = post("/api/test/login", "203.0.113.8");

    assertThat(refused.statusCode()).isEqualTo(429);
    assertThat(json(refused).get("type").asString()).isEqualTo("/problems/too-many-requests");
    assertThat(json(refused).get("requestId").asString())
        .isEqualTo(refused.headers().firstValue("X-Request-Id").orElseThrow());
    // the headers describe the budget that refused (login-ip: 2/h), not the API's
    assertThat(refused.headers().allValues("RateLimit-Limit")).containsExactly("2");
    assertThat(refused.headers().allValues("RateLimit-Remaining")).containsExactly("0");
    assertThat(refused.headers().allValues("Retry-After")).containsExactly("1800");
    assertThat(refused.body()).doesNotContain("Exception", "java.", "at ");
  }

  private HttpResponse<String> get(String path, String address, String... headers) {
    String[] all = new String[headers.length + 2];
    all[0] = "X-Forwarded-For";
    all[1] = address;
    System.arraycopy(headers, 0, all, 2, headers.length);
    return http.get(path, all);
  }

  private HttpResponse<String> post(String path, String address) {
    return http.send("POST", path, "", "X-Forwarded-For", address);
  }

  private void exhaust(String address) {
    for (int i = 0; i < 5; i++) {
      get("/api/v1/setup", address);
    }
  }

  /** What identity's sign-in will do: check the per-address budget first. */
  @TestConfiguration
  @RestController
  static class LoginEndpoint {

    private final RateLimiter rateLimiter;

    LoginEndpoint(RateLimiter rateLimiter) {
      this.rateLimiter = rateLimiter;
    }

    @PostMapping("/api/test/login")
    org.springframework.http.ResponseEntity<Void> login(HttpServletRequest request) {
      rateLimiter.check(IdentityRateLimits.LOGIN_IP, request.getRemoteAddr());
      return org.springframework.http.ResponseEntity.noContent().build();
    }
  }
}
