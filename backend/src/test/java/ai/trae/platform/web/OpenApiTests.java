package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.net.http.HttpResponse;
import java.util.Set;
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
  void operationsNameTheCredentialsTheyTake() {
    var api = new OpenAPIV3Parser().readContents(http.get("/api/openapi.json").body()).getOpenAPI();

    var schemes = api.getComponents().getSecuritySchemes();
    assertThat(schemes).containsKeys("accessToken", "personalAccessToken");
    assertThat(schemes.get("accessToken").getType()).isEqualTo(SecurityScheme.Type.HTTP);
    assertThat(schemes.get("accessToken").getScheme()).isEqualTo("bearer");
    assertThat(schemes.get("accessToken").getBearerFormat()).isEqualTo("JWT");
    assertThat(schemes.get("personalAccessToken").getScheme()).isEqualTo("bearer");
    assertThat(schemes.get("personalAccessToken").getBearerFormat()).startsWith("trae_pat_");

    var me = api.getPaths().get("/api/v1/me").getGet();
    assertThat(me.getSecurity())
        .extracting(requirement -> requirement.keySet())
        .containsExactlyInAnyOrder(Set.of("accessToken"), Set.of("personalAccessToken"));
    assertThat(me.getResponses()).containsKey("401");
    var login = api.getPaths().get("/api/v1/auth/login").getPost();
    assertThat(login.getSecurity()).as("sign-in is public").isNullOrEmpty();
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
