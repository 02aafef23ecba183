package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Whose address a request has: the peer's, unless the peer is a configured trusted proxy and says
 * otherwise with an IP address. Per-address budgets, sessions and the audit log all follow it.
 */
class ClientAddressTests {

  private static final List<String> LOOPBACK = List.of("127.0.0.1", "0:0:0:0:0:0:0:1");

  /** The default: no proxy is trusted, so the forwarded headers are the client's own words. */
  @Nested
  @IntegrationTest
  @TestPropertySource(
      properties = {
        "trae.rate-limit.policies.login-ip.capacity=3",
        "trae.rate-limit.policies.login-ip.period=1h",
        "trae.rate-limit.policies.password-reset-ip.capacity=3",
        "trae.rate-limit.policies.password-reset-ip.period=1h"
      })
  class WithoutTrustedProxies {

    @Autowired Http http;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void rotatingXForwardedForEarnsNoFreshSignInBudget() {
      for (int i = 0; i < 3; i++) {
        assertThat(login("wrong password", "X-Forwarded-For", "203.0.113." + i).statusCode())
            .isEqualTo(401);
      }

      HttpResponse<String> refused = login("wrong password", "X-Forwarded-For", "203.0.113.99");

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(Api.type(refused)).isEqualTo("/problems/too-many-requests");
    }

    @Test
    void rotatingForwardedEarnsNoFreshResetBudget() {
      for (int i = 0; i < 3; i++) {
        assertThat(reset("Forwarded", "for=198.51.100." + i).statusCode()).isEqualTo(202);
      }

      assertThat(reset("Forwarded", "for=198.51.100.99").statusCode()).isEqualTo(429);
      assertThat(reset("X-Forwarded-For", "198.51.100.98").statusCode()).isEqualTo(429);
    }

    private HttpResponse<String> login(String password, String... headers) {
      String email = accounts.create("EDITOR");
      return http.send(
          "POST",
          "/api/v1/auth/login",
          "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, password),
          with(headers, "Content-Type", "application/json"));
    }

    private HttpResponse<String> reset(String... headers) {
      return http.send(
          "POST",
          "/api/v1/auth/password-reset/request",
          "{\"email\":\"nobody-%s@example.test\"}".formatted(UUID.randomUUID()),
          with(headers, "Content-Type", "application/json"));
    }
  }

  /** Behind a proxy on this machine, as in a deployment behind nginx. */
  @Nested
  @IntegrationTest
  @TestPropertySource(
      properties = {
        "trae.web.trusted-proxies=127.0.0.1/32, ::1/128",
        "trae.rate-limit.policies.login-ip.capacity=2",
        "trae.rate-limit.policies.login-ip.period=1h"
      })
  class BehindATrustedProxy {

    @Autowired Http http;
    @Autowired Accounts accounts;
    @Autowired JdbcClient jdbc;

    @Test
    void theForwardedAddressIsWhatSessionsAndTheAuditLogRecord() {
      String email = accounts.create("EDITOR");
      String requestId = "addr-" + UUID.randomUUID();

      HttpResponse<String> response =
          login(email, "X-Forwarded-For", "192.0.2.250, 198.51.100.23", "X-Request-Id", requestId);

      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(sessionAddresses(email)).containsExactly("198.51.100.23");
      assertThat(auditAddresses(requestId)).isNotEmpty().containsOnly("198.51.100.23");
    }

    @Test
    void textThatIsNoAddressNeverLandsAsOne() {
      String email = accounts.create("EDITOR");
      String requestId = "addr-" + UUID.randomUUID();

      HttpResponse<String> response =
          login(email, "X-Forwarded-For", "<script>alert(1)</script>", "X-Request-Id", requestId);

      assertThat(response.statusCode()).isEqualTo(200);
      // the peer: this test's own connection over loopback
      assertThat(sessionAddresses(email)).singleElement().isIn(LOOPBACK);
      assertThat(auditAddresses(requestId)).isNotEmpty().allMatch(LOOPBACK::contains);
    }

    @Test
    void eachForwardedClientHasItsOwnBudget() {
      String email = accounts.create("EDITOR");
      assertThat(login(email, "Forwarded", "for=203.0.113.70").statusCode()).isEqualTo(200);
      assertThat(login(email, "Forwarded", "for=203.0.113.70").statusCode()).isEqualTo(200);
      assertThat(login(email, "Forwarded", "for=203.0.113.70").statusCode()).isEqualTo(429);
      // a spoofed left part does not change who the proxy says the client is
      assertThat(login(email, "X-Forwarded-For", "192.0.2.1, 203.0.113.70").statusCode())
          .isEqualTo(429);

      assertThat(login(email, "Forwarded", "for=203.0.113.71").statusCode()).isEqualTo(200);
    }

    private HttpResponse<String> login(String email, String... headers) {
      return http.send(
          "POST",
          "/api/v1/auth/login",
          "{\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, Accounts.PASSWORD),
          with(headers, "Content-Type", "application/json"));
    }

    private List<String> sessionAddresses(String email) {
      return jdbc.sql(
              "select s.ip from sessions s join users u on u.id = s.user_id where u.email = ?")
          .param(email)
          .query(String.class)
          .list();
    }

    private List<String> auditAddresses(String requestId) {
      return jdbc.sql("select ip from audit_events where request_id = ?")
          .param(requestId)
          .query(String.class)
          .list();
    }
  }

  private static String[] with(String[] headers, String... more) {
    String[] all = new String[headers.length + more.length];
    System.arraycopy(headers, 0, all, 0, headers.length);
    System.arraycopy(more, 0, all, headers.length, more.length);
    return all;
  }
}
