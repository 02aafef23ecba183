package ai.trae.content.newsletter;

import ai.trae.content.newsletter.audience.EmailAddresses;
import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.ConnectorSpec.Field;
import ai.trae.content.publishing.connector.ConnectorSpec.Kind;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.Lookup;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.connector.OutgoingItem;
import ai.trae.platform.mail.MailFailure;
import ai.trae.platform.mail.Mailer;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ValidationFailedException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * The {@code newsletter} channel: publishing an item sends it as an edition to a subscriber list,
 * keyed by the publication, so a repeated delivery (after an unknown outcome, or twice by mistake)
 * returns the edition already made and mails nobody twice. The mail goes out over the configured
 * SMTP server in batches afterwards ({@link Newsletters#sendEdition}); an edition once sent cannot
 * be changed or taken back, so updates and unpublishing send nothing.
 */
@Component
class NewsletterConnector implements Connector {

  static final String TYPE = "newsletter";

  private static final ConnectorSpec SPEC =
      new ConnectorSpec(
          TYPE,
          "Newsletter",
          List.of(
              Field.required(
                  "listId", "Subscriber list", Kind.TEXT, "The id of the newsletter list to mail"),
              Field.optional(
                  "fromName",
                  "Sender name",
                  Kind.TEXT,
                  "Shown as the sender; the list's otherwise"),
              Field.optional(
                  "replyTo", "Reply-to", Kind.EMAIL, "Where replies go; the list's otherwise")),
          List.of(),
          false,
          false,
          false,
          true,
          true,
          false);

  private final Newsletters newsletters;
  private final Mailer mailer;

  NewsletterConnector(Newsletters newsletters, Mailer mailer) {
    this.newsletters = newsletters;
    this.mailer = mailer;
  }

  @Override
  public ConnectorSpec spec() {
    return SPEC;
  }

  @Override
  public void validate(ChannelConfig channel) {
    UUID list =
        listId(channel)
            .orElseThrow(() -> new ValidationFailedException("listId", "is not a list id"));
    if (!newsletters.listExists(list)) {
      throw new ValidationFailedException("listId", "names no newsletter list");
    }
    channel
        .setting("replyTo")
        .filter(address -> EmailAddresses.normalise(address).isEmpty())
        .ifPresent(
            bad -> {
              throw new ValidationFailedException("replyTo", "is not an e-mail address");
            });
  }

  @Override
  public Outcome publish(Dispatch dispatch) {
    long start = System.nanoTime();
    Optional<UUID> list = listId(dispatch.channel());
    if (list.isEmpty()) {
      return new Outcome.Failed("The channel names no valid list id.", Exchange.NONE);
    }
    String summary = "newsletter edition to list " + list.get();
    if (dispatch.isUpdate()) {
      // a mail cannot be recalled or edited: the edition stands as sent
      return new Outcome.Delivered(
          dispatch.externalId(),
          dispatch.externalUrl(),
          exchange(summary + " (an update: nothing re-sent)", start));
    }
    if (!mailer.configured()) {
      return new Outcome.Retry("SMTP is not configured.", Duration.ofMinutes(5), Exchange.NONE);
    }
    OutgoingItem item = dispatch.item();
    try {
      Edition edition =
          newsletters.sendEdition(
              new EditionRequest(
                  list.get(),
                  dispatch.publicationId().toString(),
                  item.subject() != null && !item.subject().isBlank()
                      ? item.subject()
                      : item.title(),
                  "<h1>" + HtmlUtils.htmlEscape(item.title()) + "</h1>\n" + item.html(),
                  item.title() + "\n\n" + item.markdown(),
                  dispatch.channel().setting("fromName").orElse(null),
                  dispatch.channel().setting("replyTo").orElse(null)));
      return new Outcome.Delivered(
          edition.id().toString(),
          null,
          exchange(summary + " (" + edition.total() + " recipients)", start));
    } catch (ProblemException listGone) {
      return new Outcome.Failed(
          "The newsletter list " + list.get() + " no longer exists.", exchange(summary, start));
    }
  }

  @Override
  public Lookup lookup(Dispatch dispatch) {
    return listId(dispatch.channel())
        .flatMap(list -> newsletters.edition(list, dispatch.publicationId().toString()))
        .<Lookup>map(edition -> new Lookup.Found(edition.id().toString(), null))
        .orElseGet(Lookup.NotFound::new);
  }

  @Override
  public Health health(ChannelConfig channel) {
    Optional<UUID> list = listId(channel);
    if (list.isEmpty() || !newsletters.listExists(list.get())) {
      return Health.credentialInvalid("The channel's newsletter list does not exist.");
    }
    if (!mailer.configured()) {
      return Health.credentialInvalid("SMTP is not configured.");
    }
    try {
      mailer.checkOrFail();
      return Health.ok("The SMTP server accepts the connection.");
    } catch (MailFailure failure) {
      String reason = String.valueOf(failure.getMessage());
      return reason.startsWith("535") || reason.contains("uthentication")
          ? Health.credentialInvalid("The SMTP server refused the login: " + reason)
          : Health.temporaryFailure("The SMTP server cannot be reached: " + reason);
    }
  }

  private static Optional<UUID> listId(ChannelConfig channel) {
    return channel.setting("listId").flatMap(NewsletterConnector::uuid);
  }

  private static Optional<UUID> uuid(String value) {
    try {
      return Optional.of(UUID.fromString(value.strip()));
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
  }

  private static Exchange exchange(String request, long start) {
    return new Exchange(request, null, null, Duration.ofNanos(System.nanoTime() - start));
  }
}
