package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

/** {@code TRAE_API_DOCS_ENABLED=false}: a production API that does not describe itself. */
@IntegrationTest
@TestPropertySource(properties = "trae.api-docs.enabled=false")
class ApiDocsSwitchTests {

  @Autowired Http http;

  @Test
  void theDescriptionAndTheInteractiveDocsAreGone() {
    for (String path :
        new String[] {"/api/openapi.json", "/api/docs", "/api/docs/swagger-ui/index.html"}) {
      HttpResponse<String> response = http.get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(response.headers().firstValue("Content-Type"))
          .as(path)
          .hasValue("application/problem+json");
    }
    assertThat(http.get("/api/v1/setup").statusCode())
        .as("the API itself still works")
        .isEqualTo(200);
  }
}
