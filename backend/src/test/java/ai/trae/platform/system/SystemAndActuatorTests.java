package ai.trae.platform.system;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SystemAndActuatorTests {

  @Autowired Http http;
  @Autowired Accounts accounts;

  private String[] admin() {
    return Accounts.bearer(accounts.tokenFor("ADMIN"));
  }

  @Test
  void systemReportsHealthVersionAndTheEmbeddedDatabase() {
    HttpResponse<String> response = http.get("/api/v1/system", admin());

    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode system = json(response);
    assertThat(system.get("name").asString()).isEqualTo("TRAE");
    assertThat(system.get("status").asString()).isEqualTo("UP");
    assertThat(system.get("version").asString()).isNotBlank();
    assertThat(system.at("/database/kind").asString()).isEqualTo("embedded");
    assertThat(system.at("/database/version").asString()).startsWith("17.");
    assertThat(system.get("dataDirectory").asString()).contains("test-data");
  }

  @Test
  void systemAndOperationalEndpointsNeedAnAdmin() {
    assertThat(http.get("/api/v1/system").statusCode()).isEqualTo(401);
    assertThat(
            http.get("/api/v1/system", Accounts.bearer(accounts.tokenFor("EDITOR"))).statusCode())
        .isEqualTo(403);
    assertThat(http.get("/actuator/info").statusCode()).isEqualTo(401);
    assertThat(http.get("/actuator/prometheus").statusCode()).isEqualTo(401);
    assertThat(
            http.get("/actuator/prometheus", Accounts.bearer(accounts.tokenFor("VIEWER")))
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void prometheusAcceptsTheScrapeToken() {
    assertThat(
            http.get("/actuator/prometheus", "Authorization", "Bearer test-scrape-token")
                .statusCode())
        .isEqualTo(200);
    assertThat(http.get("/actuator/prometheus", "Authorization", "Bearer wrong-token").statusCode())
        .isEqualTo(401);
  }

  @Test
  void livenessAndReadinessProbesAreUp() {
    assertThat(json(http.get("/actuator/health/liveness")).get("status").asString())
        .isEqualTo("UP");
    assertThat(json(http.get("/actuator/health/readiness")).get("status").asString())
        .isEqualTo("UP");
  }

  @Test
  void infoCarriesTheVersion() {
    JsonNode info = json(http.get("/actuator/info", admin()));
    assertThat(info.at("/build/version").asString()).isNotBlank();
  }

  @Test
  void prometheusExposesRequestLatencyHistograms() {
    http.get("/api/v1/system", admin());

    HttpResponse<String> scrape = http.get("/actuator/prometheus", admin());

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains("http_server_requests_seconds_bucket");
  }
}
