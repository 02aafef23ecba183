package ai.trae.platform.system;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class SystemAndActuatorTests {

  @Autowired Http http;

  @Test
  void systemReportsHealthVersionAndTheEmbeddedDatabase() {
    HttpResponse<String> response = http.get("/api/v1/system");

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
  void livenessAndReadinessProbesAreUp() {
    assertThat(json(http.get("/actuator/health/liveness")).get("status").asString())
        .isEqualTo("UP");
    assertThat(json(http.get("/actuator/health/readiness")).get("status").asString())
        .isEqualTo("UP");
  }

  @Test
  void infoCarriesTheVersion() {
    JsonNode info = json(http.get("/actuator/info"));
    assertThat(info.at("/build/version").asString()).isNotBlank();
  }

  @Test
  void prometheusExposesRequestLatencyHistograms() {
    http.get("/api/v1/system");

    HttpResponse<String> scrape = http.get("/actuator/prometheus");

    assertThat(scrape.statusCode()).isEqualTo(200);
    assertThat(scrape.body()).contains("http_server_requests_seconds_bucket");
  }
}
