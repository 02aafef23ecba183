package ai.trae.platform.mail;

import jakarta.mail.MessagingException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.mail.MailSendException;

/**
 * Turns a sending failure into what the server or the network said. Spring's own message lists the
 * failed messages (subject, recipients, sometimes the body with its one-time link), so only the
 * causes' messages are kept.
 */
final class SmtpErrors {

  private static final int MAX_LENGTH = 500;

  private SmtpErrors() {}

  static String describe(Throwable failure) {
    List<Throwable> roots = new ArrayList<>();
    if (failure instanceof MailSendException send && !send.getFailedMessages().isEmpty()) {
      roots.addAll(send.getFailedMessages().values());
    } else if (failure.getCause() != null) {
      roots.add(failure.getCause());
    }
    Set<String> parts = new LinkedHashSet<>();
    for (Throwable root : roots) {
      collect(root, parts, 0);
    }
    String reason = parts.isEmpty() ? failure.getClass().getSimpleName() : String.join(": ", parts);
    return reason.length() <= MAX_LENGTH ? reason : reason.substring(0, MAX_LENGTH) + "…";
  }

  private static void collect(Throwable t, Set<String> parts, int depth) {
    if (depth > 8) {
      return;
    }
    String message = t.getMessage();
    if (message != null && !message.isBlank()) {
      parts.add(message.strip().replaceAll("\\s+", " "));
    } else {
      parts.add(t.getClass().getSimpleName());
    }
    Throwable next =
        t instanceof MessagingException m && m.getNextException() != null
            ? m.getNextException()
            : t.getCause();
    if (next != null && next != t) {
      collect(next, parts, depth + 1);
    }
  }
}
