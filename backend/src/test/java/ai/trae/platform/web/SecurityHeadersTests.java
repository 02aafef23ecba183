package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpHeaders;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

@IntegrationTest
class SecurityHeadersTests {

  @Autowired Http http;

  @ParameterizedTest
  @ValueSource(
      strings = {"/", "/system", "/api/v1/system", "/api/v1/does-not-exist", "/actuator/health"})
  void everyResponseCarriesTheSecurityHeaders(String path) {
    assertSecurityHeaders(http.get(path).headers());
    assertSecurityHeaders(
        http.send(
                http.request(path)
                    .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                    .build())
            .headers());
  }

  private static void assertSecurityHeaders(HttpHeaders headers) {
    String csp = headers.firstValue("Content-Security-Policy").orElseThrow();
    assertThat(csp).contains("script-src 'self';", "frame-ancestors 'none'", "object-src 'none'");
    assertThat(scriptSources(csp)).doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
    assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
    assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
    // plain HTTP: HSTS would be meaningless and is not sent
    assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"/", "/api/v1/system"})
  void noHstsWhenAPeerThatIsNoTrustedProxyClaimsTls(String path) {
    HttpHeaders headers = http.get(path, "X-Forwarded-Proto", "https").headers();

    assertThat(headers.firstValue("Strict-Transport-Security")).isEmpty();
  }

  /** The proxy terminating TLS is on this machine and configured as trusted. */
  @Nested
  @IntegrationTest
  @TestPropertySource(properties = "trae.web.trusted-proxies=127.0.0.1,::1")
  class BehindATrustedProxy {

    @Autowired Http http;

    @ParameterizedTest
    @ValueSource(strings = {"/", "/api/v1/system"})
    void hstsWhenServedOverTlsBehindAProxy(String path) {
      HttpHeaders headers = http.get(path, "X-Forwarded-Proto", "https").headers();

      assertThat(headers.firstValue("Strict-Transport-Security").orElseThrow())
          .contains("max-age=31536000", "includeSubDomains");
    }
  }

  @org.junit.jupiter.api.Test
  void corsIsClosedUnlessConfigured() {
    HttpResponse<String> preflight =
        http.send(
            http.request(
                    "/api/v1/system",
                    "Origin",
                    "https://evil.example",
                    "Access-Control-Request-Method",
                    "GET")
                .method("OPTIONS", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());

    // no Access-Control-Allow-Origin: the browser refuses the cross-origin call
    assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
    HttpResponse<String> simple = http.get("/api/v1/system", "Origin", "https://evil.example");
    assertThat(simple.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
  }

  private static String scriptSources(String csp) {
    for (String directive : csp.split(";")) {
      if (directive.trim().startsWith("script-src")) {
        return directive;
      }
    }
    throw new AssertionError("no script-src in " + csp);
  }
}
