package ai.trae.platform.mail;

import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Service;

/**
 * Sends plain-text mail when SMTP is configured. Mail bodies carry one-time links, so neither the
 * body nor the recipient is ever logged. The sender is built here rather than exposed as a bean so
 * that Boot adds no SMTP health check: a mail outage must not mark TRAE unhealthy. The server is
 * looked up on every send, so saved instance settings apply without a restart.
 */
@Service
public class Mailer {

  private static final Logger log = LoggerFactory.getLogger(Mailer.class);

  private final MailSettings settings;
  private final Duration timeout;
  private final AtomicReference<@Nullable Built> built = new AtomicReference<>();

  Mailer(MailSettings settings, SmtpProperties smtp) {
    this.settings = settings;
    this.timeout = smtp.timeout();
  }

  public boolean configured() {
    return settings.smtp() != null;
  }

  /**
   * @return true when the SMTP server accepted the mail; false when mail is off or sending failed
   */
  public boolean send(String to, String subject, String text) {
    SmtpServer server = settings.smtp();
    if (server == null) {
      log.info("SMTP is not configured; not sending \"{}\"", subject);
      return false;
    }
    try {
      deliver(server, to, subject, text);
      return true;
    } catch (MailFailure ex) {
      return false;
    }
  }

  /**
   * Sends or says why not.
   *
   * @throws MailFailure with the server's or the network's reason
   * @throws IllegalStateException when mail is off (check {@link #configured()} first)
   */
  public void sendOrFail(String to, String subject, String text) {
    SmtpServer server = settings.smtp();
    if (server == null) {
      throw new IllegalStateException("SMTP is not configured");
    }
    deliver(server, to, subject, text);
  }

  /**
   * Sends a message the caller composes (HTML with a text alternative, extra headers) through the
   * same server as every other mail. From is the configured sender; the caller may give it another
   * display name. Like {@link #sendOrFail(String, String, String)}, nothing of the message is
   * logged.
   *
   * @throws MailFailure with the server's or the network's reason
   * @throws IllegalStateException when mail is off (check {@link #configured()} first)
   */
  public void sendOrFail(MimeMessagePreparator composer) {
    SmtpServer server = settings.smtp();
    if (server == null) {
      throw new IllegalStateException("SMTP is not configured");
    }
    try {
      sender(server)
          .send(
              mime -> {
                mime.setFrom(server.from());
                composer.prepare(mime);
              });
    } catch (MailException ex) {
      String reason = SmtpErrors.describe(ex);
      log.warn("Sending a composed mail via {} failed: {}", server, reason);
      throw new MailFailure(reason, ex);
    }
  }

  /**
   * Sends several composed messages over one connection (a newsletter's batch), each like {@link
   * #sendOrFail(MimeMessagePreparator)}. The server may take some and refuse others; when it cannot
   * be reached, every message fails with that reason.
   *
   * @return the failures by the index of their composer; empty when the server took them all
   * @throws IllegalStateException when mail is off (check {@link #configured()} first)
   */
  public Map<Integer, MailFailure> sendAll(List<MimeMessagePreparator> composers) {
    SmtpServer server = settings.smtp();
    if (server == null) {
      throw new IllegalStateException("SMTP is not configured");
    }
    JavaMailSenderImpl sender = sender(server);
    Map<Integer, MailFailure> failures = new HashMap<>();
    List<MimeMessage> messages = new ArrayList<>();
    Map<MimeMessage, Integer> indexes = new IdentityHashMap<>();
    for (int i = 0; i < composers.size(); i++) {
      MimeMessage message = sender.createMimeMessage();
      try {
        message.setFrom(server.from());
        composers.get(i).prepare(message);
        messages.add(message);
        indexes.put(message, i);
      } catch (Exception ex) {
        failures.put(i, failure(ex));
      }
    }
    if (messages.isEmpty()) {
      return failures;
    }
    try {
      sender.send(messages.toArray(MimeMessage[]::new));
    } catch (MailSendException ex) {
      ex.getFailedMessages()
          .forEach(
              (message, cause) -> failures.put(indexes.get((MimeMessage) message), failure(cause)));
      if (ex.getFailedMessages().isEmpty()) {
        MailFailure all = new MailFailure(SmtpErrors.describe(ex), ex);
        indexes.values().forEach(i -> failures.put(i, all));
      }
    } catch (MailException ex) {
      MailFailure all = new MailFailure(SmtpErrors.describe(ex), ex);
      indexes.values().forEach(i -> failures.put(i, all));
    }
    if (!failures.isEmpty()) {
      log.warn(
          "Via {}, {} of {} messages were not sent: {}",
          server,
          failures.size(),
          composers.size(),
          failures.values().iterator().next().getMessage());
    }
    return failures;
  }

  private static MailFailure failure(Throwable cause) {
    MailSendException wrapped = new MailSendException("not sent", cause);
    return new MailFailure(SmtpErrors.describe(wrapped), wrapped);
  }

  /**
   * Connects and logs in to the SMTP server without sending anything, as a health check.
   *
   * @throws MailFailure with the server's or the network's reason
   * @throws IllegalStateException when mail is off (check {@link #configured()} first)
   */
  public void checkOrFail() {
    SmtpServer server = settings.smtp();
    if (server == null) {
      throw new IllegalStateException("SMTP is not configured");
    }
    try {
      sender(server).testConnection();
    } catch (jakarta.mail.MessagingException ex) {
      MailException failure = new MailSendException("check failed", ex);
      throw new MailFailure(SmtpErrors.describe(failure), failure);
    }
  }

  private void deliver(SmtpServer server, String to, String subject, String text) {
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(server.from());
    message.setTo(to);
    message.setSubject(subject);
    message.setText(text);
    try {
      sender(server).send(message);
    } catch (MailException ex) {
      String reason = SmtpErrors.describe(ex);
      // the reason is the server's answer, never the message
      log.warn("Sending \"{}\" via {} failed: {}", subject, server, reason);
      throw new MailFailure(reason, ex);
    }
  }

  /** One sender per server configuration, rebuilt when the configuration changes. */
  private JavaMailSenderImpl sender(SmtpServer server) {
    Built current = built.get();
    if (current != null && current.server().equals(server)) {
      return current.sender();
    }
    Built fresh = new Built(server, build(server, timeout));
    built.set(fresh);
    return fresh.sender();
  }

  private record Built(SmtpServer server, JavaMailSenderImpl sender) {}

  private static JavaMailSenderImpl build(SmtpServer smtp, Duration timeout) {
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
    String millis = String.valueOf(timeout.toMillis());
    properties.put("mail.smtp.connectiontimeout", millis);
    properties.put("mail.smtp.timeout", millis);
    properties.put("mail.smtp.writetimeout", millis);
    return sender;
  }
}
