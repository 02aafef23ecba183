package ai.trae.content.newsletter.sending;

import ai.trae.platform.mail.PublicLinks;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.mail.javamail.MimeMessagePreparator;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * One recipient's mail of an edition: the renderer's HTML (kept as it is, already sanitised) with
 * its links turned into signed click links, an unsubscribe footer and the open pixel; the text
 * alternative with the footer; and the RFC 8058 one-click unsubscribe headers, whose URL takes a
 * POST without login or confirmation.
 */
@Component
class EditionMail {

  /** Links of the sanitised HTML: the sanitizer always writes {@code href="…"}. */
  private static final Pattern LINK =
      Pattern.compile("(<a\\b[^>]*?\\shref=\")(https?://[^\"]+)(\")", Pattern.CASE_INSENSITIVE);

  private final MailTokens tokens;
  private final PublicLinks links;

  EditionMail(MailTokens tokens, PublicLinks links) {
    this.tokens = tokens;
    this.links = links;
  }

  MimeMessagePreparator compose(Editions.Content edition, Recipients.Claimed recipient) {
    return mime -> {
      String unsubscribe = links.to("/n/u/" + tokens.unsubscribe(recipient.subscriberId()));
      MimeMessageHelper helper = new MimeMessageHelper(mime, true, StandardCharsets.UTF_8.name());
      if (edition.fromName() != null && !edition.fromName().isBlank()) {
        helper.setFrom(named(mime, edition.fromName()));
      }
      helper.setTo(recipient.email());
      if (edition.replyTo() != null && !edition.replyTo().isBlank()) {
        helper.setReplyTo(edition.replyTo());
      }
      helper.setSubject(edition.subject());
      helper.setText(text(edition, unsubscribe), html(edition, recipient.id(), unsubscribe));
      String sender = ((InternetAddress) mime.getFrom()[0]).getAddress();
      mime.setHeader(
          "List-Unsubscribe", "<" + unsubscribe + ">, <mailto:" + sender + "?subject=unsubscribe>");
      mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
    };
  }

  private String text(Editions.Content edition, String unsubscribe) {
    return edition.text()
        + "\n\n--\nYou receive this because you subscribed to "
        + edition.listName()
        + ".\nUnsubscribe: "
        + unsubscribe
        + "\n";
  }

  String html(Editions.Content edition, long recipientId, String unsubscribe) {
    String body = tracked(edition.html(), recipientId);
    return "<!doctype html><html><head><meta charset=\"utf-8\"></head><body>"
        + body
        + "<hr><p style=\"font-size:12px;color:#666\">You receive this because you subscribed to "
        + HtmlUtils.htmlEscape(edition.listName())
        + ". <a href=\""
        + HtmlUtils.htmlEscape(unsubscribe)
        + "\">Unsubscribe</a></p><img src=\""
        + links.to("/n/o/" + tokens.open(recipientId))
        + "\" width=\"1\" height=\"1\" alt=\"\" style=\"display:block;border:0\"></body></html>";
  }

  /** Every http(s) link through {@code /n/c/…}, signed for this recipient and the target. */
  String tracked(String html, long recipientId) {
    Matcher m = LINK.matcher(html);
    StringBuilder out = new StringBuilder(html.length() + 256);
    while (m.find()) {
      String target = HtmlUtils.htmlUnescape(m.group(2));
      // a link the redirect could not follow stays as it is, untracked
      String link =
          redirectable(target) ? links.to("/n/c/" + tokens.click(recipientId, target)) : m.group(2);
      m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + link + m.group(3)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static boolean redirectable(String url) {
    try {
      new URI(url);
      return true;
    } catch (URISyntaxException ex) {
      return false;
    }
  }

  private static InternetAddress named(MimeMessage mime, String name)
      throws jakarta.mail.MessagingException {
    InternetAddress configured = (InternetAddress) mime.getFrom()[0];
    try {
      return new InternetAddress(configured.getAddress(), name, StandardCharsets.UTF_8.name());
    } catch (UnsupportedEncodingException ex) {
      throw new IllegalStateException("UTF-8 is always there", ex);
    }
  }
}
