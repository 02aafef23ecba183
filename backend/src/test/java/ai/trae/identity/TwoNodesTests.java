package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.TraeApplication;
import ai.trae.support.EmbeddedRedis;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two TRAE nodes sharing one PostgreSQL and one Redis, as behind a load balancer: what one node
 * decides (sign-out, rate budgets) holds on the other.
 */
class TwoNodesTests {

  private static final String PASSWORD = "two nodes share one truth 7";
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static final JsonMapper JSON = JsonMapper.builder().build();

  @TempDir static Path dir;
  static EmbeddedPostgres postgres;
  static EmbeddedRedis redis;
  static ConfigurableApplicationContext a;
  static ConfigurableApplicationContext b;

  @BeforeAll
  static void startTwoNodes() throws Exception {
    postgres = EmbeddedPostgres.start();
    redis = EmbeddedRedis.start();
    a = node("a");
    b = node("b");
  }

  @AfterAll
  static void stop() throws Exception {
    b.close();
    a.close();
    redis.close();
    postgres.close();
  }

  @Test
  void signingOutOnOneNodeRejectsTheTokenOnTheOtherWithinASecond() throws Exception {
    send(
        a,
        "POST",
        "/api/v1/setup",
        "{\"email\":\"owner@two.test\",\"password\":\""
            + PASSWORD
            + "\",\"displayName\":\"Owner\"}",
        null);
    String token =
        JSON.readTree(
                send(
                        b,
                        "POST",
                        "/api/v1/auth/login",
                        "{\"email\":\"owner@two.test\",\"password\":\"" + PASSWORD + "\"}",
                        null)
                    .body())
            .get("accessToken")
            .asString();
    assertThat(send(a, "GET", "/api/v1/me", null, token).statusCode()).isEqualTo(200);
    assertThat(send(b, "GET", "/api/v1/me", null, token).statusCode()).isEqualTo(200);

    assertThat(send(a, "POST", "/api/v1/auth/logout", "", token).statusCode()).isEqualTo(204);

    long start = System.nanoTime();
    int status = send(b, "GET", "/api/v1/me", null, token).statusCode();
    assertThat(status).isEqualTo(401);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(1000);
  }

  @Test
  void rateLimitCountsAreShared() throws Exception {
    HttpResponse<String> first = send(a, "GET", "/api/v1/setup", null, null);
    long remainingAfterA =
        Long.parseLong(first.headers().firstValue("RateLimit-Remaining").orElseThrow());

    HttpResponse<String> second = send(b, "GET", "/api/v1/setup", null, null);

    assertThat(Long.parseLong(second.headers().firstValue("RateLimit-Remaining").orElseThrow()))
        .isEqualTo(remainingAfterA - 1);
  }

  private static ConfigurableApplicationContext node(String name) {
    return new SpringApplicationBuilder(TraeApplication.class)
        .run(
            "--server.port=0",
            "--spring.main.register-shutdown-hook=false",
            "--trae.data.dir=" + dir.resolve(name),
            "--trae.master-key-file=" + masterKey(),
            "--trae.database.url=" + postgres.getJdbcUrl("postgres", "postgres"),
            "--trae.database.username=postgres",
            "--trae.redis.url=" + redis.url(),
            "--trae.identity.bcrypt-cost=4",
            // slow refill, so that no token comes back between the two nodes' calls
            "--trae.rate-limit.policies.api.capacity=100",
            "--trae.rate-limit.policies.api.period=1h");
  }

  /** Both nodes must share the master key, as they would share a secret mount. */
  private static synchronized Path masterKey() {
    Path file = dir.resolve("master-key.json");
    try {
      if (!java.nio.file.Files.exists(file)) {
        java.nio.file.Files.writeString(
            file, ai.trae.platform.crypto.TinkSecretBox.newKeysetJson());
      }
      return file;
    } catch (Exception ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static HttpResponse<String> send(
      ConfigurableApplicationContext node, String method, String path, String body, String token)
      throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(
                URI.create(
                    "http://localhost:"
                        + node.getEnvironment().getProperty("local.server.port")
                        + path))
            .header("Content-Type", "application/json")
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), BodyHandlers.ofString());
  }
}
