package ai.trae.content.newsletter.audience;

import ai.trae.content.newsletter.NewsletterProperties;
import ai.trae.platform.mail.Mailer;
import ai.trae.platform.mail.PublicLinks;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Mails a pending subscriber the double opt-in link (the {@code content.newsletter-confirmation}
 * job, queued by the signup's or import's transaction). The link is issued just before the mail, so
 * its secret never sits in the job's data; a refused mail fails the run and the job tries again.
 */
@Component
class ConfirmationMail {

  static final String TASK = "content.newsletter-confirmation";

  private static final Logger log = LoggerFactory.getLogger(ConfirmationMail.class);

  private final Subscribers subscribers;
  private final NewsletterLists lists;
  private final Suppressions suppressions;
  private final Confirmations confirmations;
  private final Mailer mailer;
  private final PublicLinks links;
  private final NewsletterProperties properties;

  ConfirmationMail(
      Subscribers subscribers,
      NewsletterLists lists,
      Suppressions suppressions,
      Confirmations confirmations,
      Mailer mailer,
      PublicLinks links,
      NewsletterProperties properties) {
    this.subscribers = subscribers;
    this.lists = lists;
    this.suppressions = suppressions;
    this.confirmations = confirmations;
    this.mailer = mailer;
    this.links = links;
    this.properties = properties;
  }

  void send(UUID subscriberId) {
    Subscriber subscriber = subscribers.find(subscriberId).orElse(null);
    if (subscriber == null
        || subscriber.status() != Subscriber.Status.PENDING
        || suppressions.isSuppressed(subscriber.email())) {
      return;
    }
    if (!mailer.configured()) {
      log.info("SMTP is not configured; no confirmation mail for subscriber {}", subscriberId);
      return;
    }
    NewsletterList list = lists.find(subscriber.listId()).orElse(null);
    if (list == null) {
      return;
    }
    String token = confirmations.issue(subscriberId, properties.confirmationTtl());
    String text =
        """
        Please confirm that you want to receive "%s":

        %s

        If you did not ask for this, ignore this mail: you will not be subscribed.
        """
            .formatted(list.name(), links.to("/n/s/" + token));
    mailer.sendOrFail(subscriber.email(), "Confirm your subscription to " + list.name(), text);
  }
}
