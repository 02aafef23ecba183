package ai.trae.platform.mail;

/**
 * Sending failed. The message is what the SMTP server or the connection said (for example {@code
 * 535 5.7.8 Authentication failed} or {@code Connection refused}), never the mail itself, so it is
 * safe to show an administrator testing the settings.
 */
public class MailFailure extends RuntimeException {

  MailFailure(String reason, Throwable cause) {
    super(reason, cause);
  }
}
