package ai.trae.platform.mail;

import org.jspecify.annotations.Nullable;

/**
 * Where mail goes and where its links point, as in effect now. Read on every use rather than once
 * at start-up, so that a change an administrator saves applies without a restart.
 */
public interface MailSettings {

  /** The SMTP server, or null when mail is off. */
  @Nullable SmtpServer smtp();

  /** The address users reach TRAE at, e.g. {@code https://trae.example.com}. */
  String publicUrl();
}
