package ai.trae.content.newsletter.sending;

import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Opens and clicks of an edition's mails, counted per edition and once per recipient. A token that
 * does not verify counts nothing, and a click goes only to the URL its token was signed for.
 */
@Service
public class Tracking {

  private final MailTokens tokens;
  private final Recipients recipients;

  Tracking(MailTokens tokens, Recipients recipients) {
    this.tokens = tokens;
    this.recipients = recipients;
  }

  public void opened(String token) {
    tokens.openRecipient(token).ifPresent(recipients::opened);
  }

  /** The URL to redirect to, if the token is genuine. */
  public Optional<String> clicked(String token) {
    Optional<MailTokens.Click> click = tokens.clicked(token);
    click.ifPresent(c -> recipients.clicked(c.recipientId()));
    return click.map(MailTokens.Click::url);
  }
}
