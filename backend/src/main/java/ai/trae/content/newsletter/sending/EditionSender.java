package ai.trae.content.newsletter.sending;

import ai.trae.content.newsletter.NewsletterProperties;
import ai.trae.content.newsletter.audience.Suppression;
import ai.trae.content.newsletter.audience.Suppressions;
import ai.trae.platform.mail.MailFailure;
import ai.trae.platform.mail.Mailer;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Sends an edition (the {@code content.newsletter-send} job, one execution per edition): claims
 * batches of queued recipients and mails them at most {@code trae.newsletter.send-rate} per second.
 * A stop, a restart or a temporary SMTP failure ends the run with an error, and db-scheduler runs
 * it again later; it then takes up the queued rows where this one stopped. A row is claimed (marked
 * {@code sending}) before its mail goes out, so no run sends it twice.
 */
@Component
class EditionSender {

  static final String TASK = "content.newsletter-send";

  /** A claimed row older than this belongs to a run that died (batches take seconds). */
  static final Duration STALE = Duration.ofMinutes(10);

  private static final Logger log = LoggerFactory.getLogger(EditionSender.class);

  private final Editions editions;
  private final Recipients recipients;
  private final EditionMail mail;
  private final Mailer mailer;
  private final Suppressions suppressions;
  private final NewsletterProperties properties;
  private final Clock clock;

  EditionSender(
      Editions editions,
      Recipients recipients,
      EditionMail mail,
      Mailer mailer,
      Suppressions suppressions,
      NewsletterProperties properties,
      Clock clock) {
    this.editions = editions;
    this.recipients = recipients;
    this.mail = mail;
    this.mailer = mailer;
    this.suppressions = suppressions;
    this.properties = properties;
    this.clock = clock;
  }

  /** Thrown to end a run that db-scheduler should repeat later. */
  static class NotFinished extends RuntimeException {
    NotFinished(String reason) {
      super(reason);
    }
  }

  void run(UUID editionId, BooleanSupplier stopping) {
    Editions.Content content = editions.content(editionId).orElse(null);
    if (content == null || content.status().equals("sent")) {
      return;
    }
    if (!mailer.configured()) {
      throw new NotFinished("SMTP is not configured; edition " + editionId + " waits");
    }
    recipients.failStale(editionId, clock.instant().minus(STALE));
    Pacer pacer = new Pacer(properties.sendRate());
    // a batch takes at most about ten seconds at the configured rate
    int size = Math.min(properties.batchSize(), Math.max(1, properties.sendRate() * 10));
    // one SMTP connection per tenth of a second's worth of mail
    int chunk = Math.clamp(properties.sendRate() / 10, 1, 100);
    while (true) {
      if (stopping.getAsBoolean()) {
        throw new NotFinished("stopping; edition " + editionId + " resumes later");
      }
      List<Recipients.Claimed> batch = recipients.claim(editionId, size);
      if (batch.isEmpty()) {
        break;
      }
      for (int from = 0; from < batch.size(); from += chunk) {
        List<Recipients.Claimed> part = batch.subList(from, Math.min(batch.size(), from + chunk));
        if (!deliver(content, part, pacer)) {
          batch
              .subList(from + part.size(), batch.size())
              .forEach(r -> recipients.requeue(r.id(), null, false));
          throw new NotFinished("temporary SMTP failure; edition " + editionId + " resumes later");
        }
      }
    }
    if (recipients.finishIfDone(editionId)) {
      log.info("Edition {} sent", editionId);
    }
  }

  /**
   * Mails a chunk over one connection and records each recipient's outcome.
   *
   * @return false when a temporary failure put a recipient back in the queue
   */
  private boolean deliver(Editions.Content content, List<Recipients.Claimed> part, Pacer pacer) {
    List<Recipients.Claimed> deliverable = new ArrayList<>(part.size());
    for (Recipients.Claimed recipient : part) {
      if (recipient.deliverable()) {
        deliverable.add(recipient);
      } else {
        recipients.skipped(recipient.id());
      }
    }
    if (deliverable.isEmpty()) {
      return true;
    }
    pacer.await(deliverable.size());
    Map<Integer, MailFailure> failures =
        mailer.sendAll(deliverable.stream().map(r -> mail.compose(content, r)).toList());
    boolean allSettled = true;
    for (int i = 0; i < deliverable.size(); i++) {
      MailFailure failure = failures.get(i);
      if (failure == null) {
        recipients.sent(deliverable.get(i).id());
      } else if (!refused(deliverable.get(i), SmtpOutcome.of(failure))) {
        allSettled = false;
      }
    }
    return allSettled;
  }

  /**
   * @return false when the failure was temporary and the recipient is queued again
   */
  private boolean refused(Recipients.Claimed recipient, SmtpOutcome outcome) {
    switch (outcome.kind()) {
      case BOUNCED -> {
        recipients.failed(recipient.id(), outcome.reason());
        suppressions.suppress(recipient.email(), Suppression.Reason.BOUNCED, outcome.reason());
        return true;
      }
      case REJECTED -> {
        recipients.failed(recipient.id(), outcome.reason());
        return true;
      }
      default -> {
        if (recipient.attempts() >= properties.maxAttempts()) {
          recipients.failed(recipient.id(), outcome.reason());
          return true;
        }
        recipients.requeue(recipient.id(), outcome.reason(), true);
        return false;
      }
    }
  }

  /** Spaces sends evenly at the rate, without bursts after a pause. */
  static final class Pacer {
    private final long intervalNanos;
    private long next = System.nanoTime();

    Pacer(int perSecond) {
      this.intervalNanos = 1_000_000_000L / perSecond;
    }

    /** Waits until {@code messages} more may go out. */
    void await(int messages) {
      long now = System.nanoTime();
      if (next > now) {
        try {
          Thread.sleep(Duration.ofNanos(next - now));
        } catch (InterruptedException ex) {
          Thread.currentThread().interrupt();
          throw new NotFinished("interrupted");
        }
      }
      next = Math.max(next, now) + intervalNanos * messages;
    }
  }
}
