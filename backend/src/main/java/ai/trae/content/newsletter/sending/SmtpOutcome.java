package ai.trae.content.newsletter.sending;

import jakarta.mail.MessagingException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a refused send means for its recipient. A permanent (5xx) refusal of the recipient address
 * is a bounce: the address is suppressed. Another 5xx refuses this message only. Anything else
 * (4xx, no connection, a refused login) is the server's passing trouble: the recipient is tried
 * again.
 */
record SmtpOutcome(Kind kind, String reason) {

  enum Kind {
    BOUNCED,
    REJECTED,
    TEMPORARY
  }

  private static final Pattern CODE = Pattern.compile("^\\s*([2-5])\\d\\d\\b");

  static SmtpOutcome of(Throwable failure) {
    String reason = failure.getMessage() == null ? failure.toString() : failure.getMessage();
    Throwable t = failure;
    for (int depth = 0; t != null && depth < 10; depth++) {
      String name = t.getClass().getSimpleName();
      String message = t.getMessage() == null ? "" : t.getMessage();
      Matcher code = CODE.matcher(message);
      boolean permanent = code.find() && code.group(1).equals("5");
      if (name.equals("SMTPAddressFailedException") && permanent) {
        return new SmtpOutcome(Kind.BOUNCED, message.strip());
      }
      if (name.equals("SMTPSendFailedException") && permanent) {
        return new SmtpOutcome(Kind.REJECTED, message.strip());
      }
      if (name.equals("AuthenticationFailedException")) {
        return new SmtpOutcome(Kind.TEMPORARY, reason);
      }
      Throwable next =
          t instanceof MessagingException m && m.getNextException() != null
              ? m.getNextException()
              : t.getCause();
      if (next == t) {
        break;
      }
      if (t instanceof org.springframework.mail.MailSendException send
          && !send.getFailedMessages().isEmpty()) {
        next = send.getFailedMessages().values().iterator().next();
      }
      t = next;
    }
    return new SmtpOutcome(Kind.TEMPORARY, reason);
  }
}
