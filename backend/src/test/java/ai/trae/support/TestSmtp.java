package ai.trae.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * A real SMTP server (GreenMail) on a free loopback port, and the settings that point TRAE at it.
 */
public final class TestSmtp {

  private TestSmtp() {}

  /** Started; the test class stops it after its tests. */
  public static GreenMail start() {
    GreenMail mail =
        new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    mail.start();
    return mail;
  }

  /** From a {@code @DynamicPropertySource}: TRAE sends through {@code mail} as {@code from}. */
  public static void register(DynamicPropertyRegistry registry, GreenMail mail, String from) {
    registry.add("trae.smtp.host", () -> "127.0.0.1");
    registry.add("trae.smtp.port", () -> mail.getSmtp().getPort());
    registry.add("trae.smtp.starttls", () -> false);
    registry.add("trae.smtp.from", () -> from);
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
