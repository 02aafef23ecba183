package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import tools.jackson.databind.JsonNode;

/**
 * Bad input, wherever it sits, is the client's 400 (or 413, 415, 406) with problem details, never a
 * 500 and never a stack trace in the log.
 */
@IntegrationTest
class InputHygieneTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired Environment environment;

  @Test
  void aNulInAJsonStringIsAValidationProblemNamingTheField() {
    Api api = new Api(http);
    String token = accounts.tokenFor("EDITOR");

    HttpResponse<String> response =
        api.send(token, "PATCH", "/api/v1/me", "{\"displayName\":\"Ada\\u0000Lovelace\"}");

    assertProblem(response, 400, "/problems/validation-failed");
    assertThat(Http.json(response).get("errors").get(0).get("field").asString())
        .isEqualTo("displayName");
  }

  @Test
  void halfASurrogatePairInAJsonStringIsRefused() {
    Api api = new Api(http);
    String token = accounts.tokenFor("EDITOR");

    HttpResponse<String> response =
        api.send(token, "PATCH", "/api/v1/me", "{\"displayName\":\"Ada \\ud800\"}");

    assertProblem(response, 400, "/problems/validation-failed");
  }

  @Test
  void aNulInAQueryParameterIsABadRequest() {
    String admin = accounts.tokenFor("ADMIN");

    HttpResponse<String> response = http.get("/api/v1/users?q=a%00b", Accounts.bearer(admin));

    assertProblem(response, 400, "/problems/bad-request");
  }

  @Test
  void aNulInThePathIsABadRequest() {
    String admin = accounts.tokenFor("ADMIN");

    HttpResponse<String> response = http.get("/api/v1/users/a%00b", Accounts.bearer(admin));

    assertProblem(response, 400, "/problems/bad-request");
  }

  @Test
  void aControlCharacterInAHeaderIsABadRequestTheContainerAnswersAsAProblem() throws Exception {
    String raw =
        raw(
            "GET /api/v1/setup HTTP/1.1\r\nHost: localhost\r\nX-Note: a\u0001b\r\n"
                + "Connection: close\r\n\r\n");

    assertThat(raw).startsWith("HTTP/1.1 400");
    assertThat(raw).doesNotContain("Exception", "Apache Tomcat", "<html");
  }

  @Test
  void aRequestLineTomcatCannotParseIsAProblem() throws Exception {
    String raw =
        raw("GET /api/v1/setup?x=<{|}> HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");

    assertThat(raw).startsWith("HTTP/1.1 400");
    assertThat(raw).contains("application/problem+json").contains("/problems/bad-request");
    assertThat(raw).doesNotContain("Exception", "Apache Tomcat", "<html");
  }

  @Test
  void aJsonBodyOverTheLimitIs413() {
    String big = "{\"email\":\"" + "a".repeat(1_100_000) + "\",\"password\":\"x\"}";

    HttpResponse<String> declared =
        http.send("POST", "/api/v1/auth/login", big, "Content-Type", "application/json");
    HttpResponse<String> chunked =
        http.send(
            http.request("/api/v1/auth/login", "Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofInputStream(
                        () -> new ByteArrayInputStream(big.getBytes(StandardCharsets.UTF_8))))
                .build());

    assertProblem(declared, 413, "/problems/payload-too-large");
    assertProblem(chunked, 413, "/problems/payload-too-large");
  }

  @Test
  void theApiSpeaksJsonOnly() {
    HttpResponse<String> yamlBody =
        http.send(
            "POST",
            "/api/v1/auth/login",
            "email: a@example.test\npassword: x\n",
            "Content-Type",
            "application/yaml");
    HttpResponse<String> yamlAnswer = http.get("/api/v1/setup", "Accept", "application/yaml");
    HttpResponse<String> jsonAnswer = http.get("/api/v1/setup", "Accept", "application/json");

    assertProblem(yamlBody, 415, "/problems/unsupported-media-type");
    assertProblem(yamlAnswer, 406, "/problems/not-acceptable");
    assertThat(jsonAnswer.statusCode()).isEqualTo(200);
    assertThat(http.get("/api/openapi.json").statusCode()).isEqualTo(200);
  }

  private static void assertProblem(HttpResponse<String> response, int status, String type) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
    assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    JsonNode body = Http.json(response);
    assertThat(body.get("type").asString()).isEqualTo(type);
    assertThat(response.body()).doesNotContain("Exception", "java.", "PSQL", "org.");
  }

  private String raw(String request) throws IOException {
    int port = Integer.parseInt(environment.getProperty("local.server.port"));
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
    }
  }
}
