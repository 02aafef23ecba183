package ai.trae.platform.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

class MailerTests {

  @Test
  void withoutAHostNothingIsSent() {
    Mailer mailer = mailer(null);

    assertThat(mailer.configured()).isFalse();
    assertThat(mailer.send("a@example.test", "Hello", "text")).isFalse();
  }

  @Test
  void anUnreachableServerIsReportedAsNotSent() throws IOException {
    Mailer mailer = mailer(server(closedPort()));

    assertThat(mailer.configured()).isTrue();
    assertThat(mailer.send("a@example.test", "Hello", "text")).isFalse();
  }

  @Test
  void theReasonForAFailureIsTheServersAnswerNotTheMail() throws IOException {
    int port = closedPort();
    Mailer mailer = mailer(server(port));

    assertThatThrownBy(
            () -> mailer.sendOrFail("a@example.test", "Secret link", "https://x/?token=abc"))
        .isInstanceOf(MailFailure.class)
        .hasMessageContaining("127.0.0.1")
        .hasMessageContaining(String.valueOf(port))
        .hasMessageNotContaining("token=abc")
        .hasMessageNotContaining("Secret link");
  }

  @Test
  void publicLinksJoinBaseAndPathWithOneSlash() {
    assertThat(PublicLinks.join("https://trae.example.test/", "/invite/x"))
        .isEqualTo("https://trae.example.test/invite/x");
    assertThat(PublicLinks.join("https://trae.example.test/app", "invite/x"))
        .isEqualTo("https://trae.example.test/app/invite/x");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static SmtpServer server(int port) {
    return new SmtpServer("127.0.0.1", port, "user", "secret", "TRAE <t@example.test>", true);
  }

  private static Mailer mailer(@Nullable SmtpServer server) {
    MailSettings settings =
        new MailSettings() {
          @Override
          public @Nullable SmtpServer smtp() {
            return server;
          }

          @Override
          public String publicUrl() {
            return "http://localhost:8080";
          }
        };
    return new Mailer(
        settings,
        new SmtpProperties(
            null, 587, null, null, "TRAE <t@example.test>", true, Duration.ofSeconds(2)));
  }
}
