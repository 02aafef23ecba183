package ai.trae.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class MailerTests {

  @Test
  void withoutAHostNothingIsSent() {
    Mailer mailer = new Mailer(smtp(null, 25));

    assertThat(mailer.configured()).isFalse();
    assertThat(mailer.send("a@example.test", "Hello", "text")).isFalse();
  }

  @Test
  void anUnreachableServerIsReportedAsNotSent() throws IOException {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    Mailer mailer = new Mailer(smtp("127.0.0.1", closed));

    assertThat(mailer.configured()).isTrue();
    assertThat(mailer.send("a@example.test", "Hello", "text")).isFalse();
  }

  @Test
  void publicLinksJoinBaseAndPathWithOneSlash() {
    assertThat(new PublicLinks("https://trae.example.test/").to("/invite/x"))
        .isEqualTo("https://trae.example.test/invite/x");
    assertThat(new PublicLinks("https://trae.example.test/app").to("invite/x"))
        .isEqualTo("https://trae.example.test/app/invite/x");
  }

  private static SmtpProperties smtp(String host, int port) {
    return new SmtpProperties(
        host, port, "user", "secret", "TRAE <t@example.test>", true, Duration.ofSeconds(2));
  }
}
