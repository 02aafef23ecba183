package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@IntegrationTest
class OpenApiTests {

  @Autowired Http http;

  @Test
  void apiDescriptionIsAValidOpenApi31Document() {
    HttpResponse<String> response = http.get("/api/openapi.json");
    assertThat(response.statusCode()).isEqualTo(200);

    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(response.body(), null, options);

    assertThat(result.getMessages()).isEmpty();
    assertThat(result.getOpenAPI().getOpenapi()).startsWith("3.1");
    assertThat(result.getOpenAPI().getPaths()).containsKey("/api/v1/system");
    var errors = result.getOpenAPI().getPaths().get("/api/v1/system").getGet().getResponses();
    assertThat(errors.get("500").getContent()).containsKey("application/problem+json");
    assertThat(result.getOpenAPI().getComponents().getSchemas()).containsKey("Problem");
  }

  @Test
  void interactiveDocsAreServed() {
    HttpResponse<String> docs = http.get("/api/docs");
    assertThat(docs.statusCode()).isEqualTo(302);
    String location = docs.headers().firstValue("Location").orElseThrow();

    HttpResponse<String> ui = http.get(location);

    assertThat(ui.statusCode()).isEqualTo(200);
    assertThat(ui.body()).contains("swagger-ui");
  }
}
