package ai.trae.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receivers' side, independent of the Java library TRAE signs with: the npm {@code
 * standardwebhooks} package (the reference implementation) run by the system Node, installed once
 * under {@code target/}; and a hand-written HMAC check from the specification for where Node is
 * missing.
 */
public final class ReferenceVerifier {

  private static final Path PREFIX = Path.of("target", "node-standardwebhooks").toAbsolutePath();
  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static volatile boolean installed;

  private ReferenceVerifier() {}

  /** Whether the npm package's verifier accepts the delivery; fails the test when Node cannot. */
  public static boolean npmAccepts(String secret, Map<String, String> headers, String body) {
    install();
    String script = resource("webhooks/verify.cjs");
    try {
      ProcessBuilder builder = new ProcessBuilder("node", script).redirectErrorStream(true);
      builder.environment().put("SWH_PREFIX", PREFIX.toString());
      Process node = builder.start();
      node.getOutputStream()
          .write(
              JSON.writeValueAsBytes(Map.of("secret", secret, "headers", headers, "body", body)));
      node.getOutputStream().close();
      String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(node.waitFor(30, TimeUnit.SECONDS)).isTrue();
      return node.exitValue() == 0 && out.equals("ok");
    } catch (IOException ex) {
      throw new IllegalStateException("node could not run", ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  /**
   * The specification by hand: some {@code v1,} entry of {@code webhook-signature} equals
   * base64(HMAC-SHA256(key, id + "." + timestamp + "." + body)), key = base64-decoded secret after
   * {@code whsec_}.
   */
  public static boolean specAccepts(String secret, Map<String, String> headers, String body) {
    try {
      byte[] key = Base64.getDecoder().decode(secret.substring("whsec_".length()));
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] expected =
          mac.doFinal(
              (headers.get("webhook-id") + "." + headers.get("webhook-timestamp") + "." + body)
                  .getBytes(StandardCharsets.UTF_8));
      for (String entry : headers.get("webhook-signature").split(" ")) {
        if (entry.startsWith("v1,")
            && MessageDigest.isEqual(Base64.getDecoder().decode(entry.substring(3)), expected)) {
          return true;
        }
      }
      return false;
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private static synchronized void install() {
    if (installed || Files.isDirectory(PREFIX.resolve("node_modules/standardwebhooks"))) {
      installed = true;
      return;
    }
    try {
      Files.createDirectories(PREFIX);
      Process npm =
          new ProcessBuilder(
                  "npm",
                  "install",
                  "--no-audit",
                  "--no-fund",
                  "--prefix",
                  PREFIX.toString(),
                  "standardwebhooks@1.1.1")
              .redirectErrorStream(true)
              .start();
      String out = new String(npm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(npm.waitFor(120, TimeUnit.SECONDS)).as(out).isTrue();
      assertThat(npm.exitValue()).as(out).isZero();
      installed = true;
    } catch (IOException ex) {
      throw new IllegalStateException("npm could not run", ex);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(ex);
    }
  }

  private static String resource(String name) {
    try {
      return Path.of(ReferenceVerifier.class.getClassLoader().getResource(name).toURI()).toString();
    } catch (java.net.URISyntaxException ex) {
      throw new IllegalStateException(ex);
    }
  }
}
