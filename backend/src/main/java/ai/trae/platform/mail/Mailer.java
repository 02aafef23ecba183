package ai.trae.platform.mail;

import java.nio.charset.StandardCharsets;
import java.util.Properties;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail when SMTP is configured. Mail bodies carry one-time links, so neither the
 * body nor the recipient is ever logged. The sender is built here rather than exposed as a bean so
 * that Boot adds no SMTP health check: a mail outage must not mark TRAE unhealthy.
 */
@Service
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  private final SmtpProperties smtp;
  private final @Nullable JavaMailSenderImpl sender;

  Mailer(SmtpProperties smtp) {
    this.smtp = smtp;
    this.sender = smtp.configured() ? sender(smtp) : null;
  }

  public boolean configured() {
    return sender != null;
  }

  /**
   * @return true when the SMTP server accepted the mail; false when mail is off or sending failed
   */
  public boolean send(String to, String subject, String text) {
    if (sender == null) {
      log.info("SMTP is not configured (TRAE_SMTP_HOST); not sending \"{}\"", subject);
      return false;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(smtp.from());
    message.setTo(to);
    message.setSubject(subject);
    message.setText(text);
    try {
      sender.send(message);
      return true;
    } catch (MailException ex) {
      // the exception text can quote the message; keep only its kind
      log.warn("Sending \"{}\" failed: {}", subject, ex.getClass().getSimpleName());
      return false;
    }
  }

  private static JavaMailSenderImpl sender(SmtpProperties smtp) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost(smtp.host());
    sender.setPort(smtp.port());
    sender.setUsername(smtp.username());
    sender.setPassword(smtp.password());
    sender.setDefaultEncoding(StandardCharsets.UTF_8.name());
    Properties properties = sender.getJavaMailProperties();
    boolean auth = smtp.username() != null && !smtp.username().isBlank();
    properties.put("mail.smtp.auth", String.valueOf(auth));
    properties.put("mail.smtp.starttls.enable", String.valueOf(smtp.starttls()));
    properties.put("mail.smtp.starttls.required", String.valueOf(smtp.starttls()));
    String millis = String.valueOf(smtp.timeout().toMillis());
    properties.put("mail.smtp.connectiontimeout", millis);
    properties.put("mail.smtp.timeout", millis);
    properties.put("mail.smtp.writetimeout", millis);
    return sender;
  }
}
