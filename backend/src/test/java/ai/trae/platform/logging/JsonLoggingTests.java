package ai.trae.platform.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Starts TRAE as its own process with {@code TRAE_LOG_FORMAT=json}, as an operator would, and reads
 * its console: the logging system is global, so this cannot share a JVM with other tests.
 */
class JsonLoggingTests {

  private static final Pattern PORT = Pattern.compile("Tomcat started on port (\\d+)");
  private final JsonMapper json = JsonMapper.builder().build();

  @TempDir Path dataDir;

  @Test
  void everyLineIsJsonAndTheAccessLogCarriesTheRequestId() throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    ProcessBuilder builder =
        new ProcessBuilder(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                "ai.trae.TraeApplication",
                "--server.port=0")
            // logs go to stdout; stderr only carries JVM notices (e.g. about sun.misc.Unsafe)
            .redirectError(dataDir.resolve("stderr.txt").toFile());
    builder.environment().put("TRAE_LOG_FORMAT", "json");
    builder.environment().put("TRAE_DATA_DIR", dataDir.toString());
    builder.environment().put("TRAE_DATABASE_PASSWORD", "never-logged-secret");
    Process process = builder.start();
    List<String> lines = new ArrayList<>();
    try (var out =
        new BufferedReader(
            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      int port = awaitPort(out, lines);
      HttpClient client = HttpClient.newHttpClient();
      client.send(
          HttpRequest.newBuilder(
                  URI.create("http://localhost:" + port + "/api/v1/setup?token=s3cr3t"))
              .header("X-Request-Id", "json-log-test-0001")
              .build(),
          BodyHandlers.ofString());
      client.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/auth/login"))
              .header("Content-Type", "application/json")
              .POST(
                  HttpRequest.BodyPublishers.ofString(
                      "{\"email\":\"someone@example.test\","
                          + "\"password\":\"never-logged-password-9\"}"))
              .build(),
          BodyHandlers.ofString());
      process.toHandle().destroy(); // SIGTERM, streams left open: shutdown logs too
      String line;
      while ((line = out.readLine()) != null) {
        lines.add(line);
      }
      assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      process.destroyForcibly();
    }

    List<JsonNode> entries = new ArrayList<>();
    for (String line : lines) {
      if (!line.isBlank()) {
        entries.add(json.readTree(line)); // throws if any line is not JSON
      }
    }
    JsonNode access =
        entries.stream()
            .filter(
                e ->
                    e.path("log").path("logger").asString("").equals("ai.trae.access")
                        || e.path("log.logger").asString("").equals("ai.trae.access"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no access log line in " + lines));
    assertThat(access.toString()).contains("json-log-test-0001", "/api/v1/setup", "200");
    assertThat(String.join("\n", lines))
        .doesNotContain("never-logged-secret", "s3cr3t", "never-logged-password-9")
        .contains("/api/v1/auth/login");
  }

  private static int awaitPort(BufferedReader out, List<String> lines) throws Exception {
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    String line;
    while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
      lines.add(line);
      Matcher matcher = PORT.matcher(line);
      if (matcher.find()) {
        return Integer.parseInt(matcher.group(1));
      }
    }
    throw new AssertionError("TRAE did not start:\n" + String.join("\n", lines));
  }
}
