package ai.trae.content.media.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Adobe S3Mock in a JVM of its own (its executable jar, copied to {@code target/s3mock} by the
 * build), started once per test run on a free port with one bucket, {@value #BUCKET}. A real
 * S3-compatible server over HTTP: the SDK's signing, ranges and errors are the real ones. Test
 * classes use it through {@code @ExtendWith(S3MockServer.class)} or {@link #endpoint()} (e.g. from
 * a {@code @DynamicPropertySource}).
 */
public final class S3MockServer implements BeforeAllCallback {

  public static final String BUCKET = "trae-media";
  private static final Path JAR = Path.of("target", "s3mock", "s3mock.jar");
  private static final Duration START_TIMEOUT = Duration.ofMinutes(3);

  private static volatile URI endpoint;

  @Override
  public void beforeAll(ExtensionContext context) {
    endpoint();
  }

  /** The server's URL, starting it on first use. */
  public static synchronized URI endpoint() {
    if (endpoint == null) {
      endpoint = start();
    }
    return endpoint;
  }

  private static URI start() {
    if (!Files.isRegularFile(JAR)) {
      throw new IllegalStateException(
          JAR.toAbsolutePath() + " is missing: run the tests through Maven, which copies it there");
    }
    try {
      int port = freePort();
      Path root =
          Files.createDirectories(Path.of("target", "s3mock", "store-" + UUID.randomUUID()));
      Path log = root.resolveSibling(root.getFileName() + ".log");
      String java = ProcessHandle.current().info().command().orElse("java");
      Process process =
          new ProcessBuilder(
                  List.of(
                      java,
                      "-Xmx512m",
                      "-XX:TieredStopAtLevel=1",
                      "-jar",
                      JAR.toString(),
                      "--http.port=" + port,
                      "--server.port=0",
                      "--spring.main.banner-mode=off",
                      "--com.adobe.testing.s3mock.store.root=" + root.toAbsolutePath(),
                      "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                      "--com.adobe.testing.s3mock.max-payload-size=128MB"))
              .redirectErrorStream(true)
              .redirectOutput(log.toFile())
              .start();
      Runtime.getRuntime().addShutdownHook(new Thread(process::destroy));
      URI uri = URI.create("http://127.0.0.1:" + port);
      awaitBucket(uri, process, log);
      return uri;
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static void awaitBucket(URI uri, Process process, Path log) throws IOException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest probe = HttpRequest.newBuilder(uri.resolve("/" + BUCKET)).GET().build();
    Instant deadline = Instant.now().plus(START_TIMEOUT);
    while (Instant.now().isBefore(deadline)) {
      if (!process.isAlive()) {
        throw new IllegalStateException("S3Mock stopped: " + Files.readString(log));
      }
      try {
        if (client.send(probe, BodyHandlers.discarding()).statusCode() == 200) {
          return;
        }
      } catch (IOException notYet) {
        // still starting
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(ex);
      }
      try {
        Thread.sleep(250);
      } catch (InterruptedException ex) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(ex);
      }
    }
    process.destroy();
    throw new IllegalStateException("S3Mock did not start in " + START_TIMEOUT);
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}
