package ai.trae.content.newsletter.sending;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import org.junit.jupiter.api.Test;
import org.springframework.mail.MailSendException;

class SmtpOutcomeTests {

  /** Stand-ins named like Angus Mail's exceptions, which carry the server's reply as message. */
  static class SMTPAddressFailedException extends MessagingException {
    SMTPAddressFailedException(String reply) {
      super(reply);
    }
  }

  static class SMTPSendFailedException extends MessagingException {
    SMTPSendFailedException(String reply) {
      super(reply);
    }
  }

  @Test
  void aPermanentlyRefusedRecipientIsABounce() {
    SendFailedException send = new SendFailedException("Invalid Addresses");
    send.setNextException(new SMTPAddressFailedException("550 5.1.1 <x@y.z>: user unknown\n"));
    SmtpOutcome outcome = SmtpOutcome.of(new MailSendException("failed", send));
    assertThat(outcome.kind()).isEqualTo(SmtpOutcome.Kind.BOUNCED);
    assertThat(outcome.reason()).startsWith("550 5.1.1");
  }

  @Test
  void aTemporaryRefusalOrALostConnectionIsTriedAgain() {
    SendFailedException send = new SendFailedException("Invalid Addresses");
    send.setNextException(new SMTPAddressFailedException("451 4.3.0 try later"));
    assertThat(SmtpOutcome.of(new MailSendException("failed", send)).kind())
        .isEqualTo(SmtpOutcome.Kind.TEMPORARY);
    assertThat(
            SmtpOutcome.of(
                    new MailSendException(
                        "failed",
                        new MessagingException("connect", new ConnectException("refused"))))
                .kind())
        .isEqualTo(SmtpOutcome.Kind.TEMPORARY);
  }

  @Test
  void aPermanentRefusalOfTheMessageFailsItWithoutSuppressingTheAddress() {
    assertThat(
            SmtpOutcome.of(
                    new MailSendException("failed", new SMTPSendFailedException("552 too big")))
                .kind())
        .isEqualTo(SmtpOutcome.Kind.REJECTED);
  }
}
