package ai.trae.platform.web;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Import;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@IntegrationTest
@Import(ProblemDetailsTests.TestEndpoints.class)
class ProblemDetailsTests {

  @Autowired Http http;

  @Test
  void unknownRouteIsA404ProblemWithRequestId() {
    HttpResponse<String> response = http.get("/api/v1/does-not-exist");

    assertProblem(response, 404, "/problems/not-found");
    JsonNode body = json(response);
    assertThat(body.get("title").asString()).isEqualTo("Not found");
    assertThat(body.get("instance").asString()).isEqualTo("/api/v1/does-not-exist");
    assertThat(body.get("requestId").asString())
        .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
  }

  /** The security layer writes its problems itself; they must read like every other one. */
  @Test
  void securityProblemsCarryTheRequestIdAtTheTopLevel() {
    HttpResponse<String> anonymous = http.get("/api/v1/me");
    HttpResponse<String> badToken =
        http.send("GET", "/api/v1/me", "", "Authorization", "Bearer not-a-token");

    for (HttpResponse<String> response : java.util.List.of(anonymous, badToken)) {
      assertProblem(response, 401, "/problems/unauthorized");
      JsonNode body = json(response);
      assertThat(body.has("properties")).as(response.body()).isFalse();
      assertThat(body.get("requestId").asString())
          .isEqualTo(response.headers().firstValue("X-Request-Id").orElseThrow());
    }
  }

  @Test
  void unknownRouteWithAnotherMethodIsStill404() {
    assertProblem(http.send("POST", "/api/v1/does-not-exist", "{}"), 404, "/problems/not-found");
  }

  @Test
  void wrongMethodIs405WithAllowHeader() {
    HttpResponse<String> response = http.send("DELETE", "/api/v1/system", "");

    assertProblem(response, 405, "/problems/method-not-allowed");
    assertThat(response.headers().firstValue("Allow")).hasValueSatisfying(v -> v.contains("GET"));
  }

  @Test
  void unsupportedMediaTypeIs415() {
    assertProblem(
        http.send("POST", "/api/test/echo", "name=x", "Content-Type", "text/plain"),
        415,
        "/problems/unsupported-media-type");
  }

  @Test
  void malformedJsonIs400WithoutParserDetails() {
    HttpResponse<String> response =
        http.send("POST", "/api/test/echo", "{\"name\": ", "Content-Type", "application/json");

    assertProblem(response, 400, "/problems/malformed-body");
    assertThat(response.body()).doesNotContain("Jackson", "tools.jackson", "EchoRequest");
  }

  @Test
  void wrongTypeIs400MalformedBody() {
    assertProblem(
        http.send(
            "POST",
            "/api/test/echo",
            "{\"name\": \"a\", \"copies\": \"many\"}",
            "Content-Type",
            "application/json"),
        400,
        "/problems/malformed-body");
  }

  @Test
  void validationErrorsListEveryField() {
    HttpResponse<String> response =
        http.send(
            "POST",
            "/api/test/echo",
            "{\"name\": \" \", \"copies\": 11}",
            "Content-Type",
            "application/json");

    assertProblem(response, 400, "/problems/validation-failed");
    JsonNode errors = json(response).get("errors");
    assertThat(errors).hasSize(2);
    assertThat(errors.findValuesAsString("field")).containsExactlyInAnyOrder("name", "copies");
    assertThat(errors.findValuesAsString("message")).allSatisfy(m -> assertThat(m).isNotBlank());
  }

  @Test
  void validRequestPasses() {
    HttpResponse<String> response =
        http.send(
            "POST",
            "/api/test/echo",
            "{\"name\": \"post\", \"copies\": 2}",
            "Content-Type",
            "application/json");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(json(response).get("name").asString()).isEqualTo("post");
  }

  @Test
  void unexpectedExceptionIsGeneric500() {
    HttpResponse<String> response = http.get("/api/test/boom");

    assertProblem(response, 500, "/problems/internal-error");
    assertThat(response.body())
        .doesNotContain("select", "secret", "IllegalStateException", "java.", "ai.trae", "at ");
    assertThat(json(response).get("detail").asString()).contains("request id");
  }

  @Test
  void moduleExceptionsKeepTheirOwnType() {
    HttpResponse<String> response = http.get("/api/test/conflict");

    assertProblem(response, 409, "/problems/conflict");
    assertThat(json(response).get("detail").asString()).isEqualTo("already published");
  }

  @Test
  void saneIncomingRequestIdIsHonoured() {
    HttpResponse<String> response =
        http.get("/api/v1/does-not-exist", "X-Request-Id", "client-req-0001");

    assertThat(response.headers().firstValue("X-Request-Id")).hasValue("client-req-0001");
    assertThat(json(response).get("requestId").asString()).isEqualTo("client-req-0001");
  }

  @Test
  void insaneIncomingRequestIdIsReplaced() {
    HttpResponse<String> response =
        http.get("/api/v1/does-not-exist", "X-Request-Id", "<script>alert(1)</script>");

    assertThat(response.headers().firstValue("X-Request-Id").orElseThrow())
        .matches("[0-9a-f-]{36}");
  }

  @Test
  void problemTypesArePagesThatExplainThemselves() {
    HttpResponse<String> page = http.get("/problems/validation-failed");

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(page.body()).contains("Validation failed", "errors list");
    assertThat(http.get("/problems").body()).contains("/problems/not-found");
    assertProblem(http.get("/problems/no-such-kind"), 404, "/problems/not-found");
  }

  static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = json(response);
    assertThat(body.get("type").asString()).isEqualTo(type);
    assertThat(body.get("status").asInt()).isEqualTo(status);
    assertThat(body.get("title").asString()).isNotBlank();
    assertThat(body.get("instance").asString()).startsWith("/");
    assertThat(body.get("requestId").asString()).isNotBlank();
  }

  record EchoRequest(@NotBlank String name, @Max(10) int copies) {}

  static class AlreadyPublished extends org.springframework.web.ErrorResponseException {
    AlreadyPublished() {
      super(
          PlatformProblem.CONFLICT.status(),
          Problems.of(PlatformProblem.CONFLICT, "already published"),
          null);
    }
  }

  @TestConfiguration
  @RestController
  @PermitAll
  static class TestEndpoints {

    @PostMapping("/api/test/echo")
    EchoRequest echo(@Valid @RequestBody EchoRequest request) {
      return request;
    }

    @GetMapping("/api/test/boom")
    String boom() {
      throw new IllegalStateException("select secret from users where id = 1");
    }

    @GetMapping("/api/test/conflict")
    String conflict() {
      throw new AlreadyPublished();
    }
  }
}
