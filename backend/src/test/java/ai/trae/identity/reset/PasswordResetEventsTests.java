package ai.trae.identity.reset;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.PasswordResetRequested;
import ai.trae.identity.invitation.Invitations;
import ai.trae.identity.setup.SetupService;
import ai.trae.identity.user.Users;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

/**
 * A recorded reset request publishes {@link PasswordResetRequested}, and its listener mails the
 * link after the request committed. (The HTTP request hands the recording to a background thread;
 * here it is called directly, on the test's thread, where the scenario sees its events.)
 */
@ApplicationModuleTest
@TestPropertySource(
    properties = {"trae.data.dir=target/test-data/${random.uuid}", "trae.identity.bcrypt-cost=4"})
class PasswordResetEventsTests {

  private static final GreenMail MAIL =
      new GreenMail(new ServerSetup(freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));

  static {
    MAIL.start();
  }

  @Autowired PasswordResets resets;
  @Autowired SetupService setup;
  @Autowired Invitations invitations;
  @Autowired Users users;

  @DynamicPropertySource
  static void smtp(DynamicPropertyRegistry registry) {
    registry.add("trae.smtp.host", () -> "127.0.0.1");
    registry.add("trae.smtp.port", () -> MAIL.getSmtp().getPort());
    registry.add("trae.smtp.starttls", () -> false);
  }

  @AfterAll
  static void stop() {
    MAIL.stop();
  }

  @Test
  void aRecordedRequestPublishesPasswordResetRequestedAndItsListenerMailsTheLink(Scenario scenario)
      throws Exception {
    String email = "owner-" + UUID.randomUUID() + "@reset-events.test";
    UUID id = setup.createOwner(email, "amber orchard violin compass 58", "Rita Reset").id();

    scenario
        .stimulate(() -> resets.record(email))
        .andWaitForEventOfType(PasswordResetRequested.class)
        .matching(event -> event.userId().equals(id))
        .toArriveAndVerify(event -> assertThat(event.requestedAt()).isNotNull());

    assertThat(MAIL.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage mail = MAIL.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
    assertThat(mail.getSubject()).isEqualTo("Reset your TRAE password");
    assertThat((String) mail.getContent()).contains("Hello Rita Reset").contains("token=");
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
