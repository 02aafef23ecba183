package ai.trae.content.newsletter.web;

import ai.trae.content.newsletter.audience.Confirmations;
import ai.trae.content.newsletter.audience.Subscriber;
import ai.trae.content.newsletter.audience.Subscribers;
import ai.trae.content.newsletter.sending.MailTokens;
import ai.trae.content.newsletter.sending.Tracking;
import io.swagger.v3.oas.annotations.Hidden;
import jakarta.annotation.security.PermitAll;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The links in newsletter mails, short and outside the API: confirm ({@code /n/s}), unsubscribe
 * ({@code /n/u}), the open pixel ({@code /n/o}) and tracked clicks ({@code /n/c}). A GET never
 * changes a subscription (mail scanners fetch every link): confirm and unsubscribe pages show a
 * button that POSTs. The unsubscribe POST is also the RFC 8058 one-click target of the mail's
 * {@code List-Unsubscribe} header: it acts at once, without login or page.
 */
@Hidden
@RestController
@RequestMapping("/n")
@PermitAll
class MailLinksController {

  /** A transparent 1×1 GIF. */
  private static final byte[] PIXEL =
      Base64.getDecoder().decode("R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7");

  private static final MediaType HTML =
      new MediaType("text", "html", java.nio.charset.StandardCharsets.UTF_8);

  private final Confirmations confirmations;
  private final Subscribers subscribers;
  private final MailTokens tokens;
  private final Tracking tracking;

  MailLinksController(
      Confirmations confirmations, Subscribers subscribers, MailTokens tokens, Tracking tracking) {
    this.confirmations = confirmations;
    this.subscribers = subscribers;
    this.tokens = tokens;
    this.tracking = tracking;
  }

  @GetMapping("/s/{token}")
  ResponseEntity<String> confirmPage(@PathVariable String token) {
    return page(
        HttpStatus.OK,
        "Confirm your subscription",
        "<form method=\"post\"><button type=\"submit\">Yes, subscribe me</button></form>");
  }

  @PostMapping("/s/{token}")
  ResponseEntity<String> confirm(@PathVariable String token) {
    Optional<Subscriber> confirmed = confirmations.confirm(token);
    if (confirmed.isEmpty()) {
      return page(
          HttpStatus.NOT_FOUND,
          "This link does not work",
          "<p>It is unknown, expired or was used already. Sign up again for a new one.</p>");
    }
    return page(HttpStatus.OK, "You are subscribed", "<p>Thank you for confirming.</p>");
  }

  @GetMapping("/u/{token}")
  ResponseEntity<String> unsubscribePage(@PathVariable String token) {
    if (tokens.unsubscribeSubscriber(token).isEmpty()) {
      return invalidUnsubscribe();
    }
    return page(
        HttpStatus.OK,
        "Unsubscribe",
        "<form method=\"post\"><button type=\"submit\">Unsubscribe me</button></form>");
  }

  @PostMapping("/u/{token}")
  ResponseEntity<String> unsubscribe(@PathVariable String token) {
    Optional<UUID> subscriber = tokens.unsubscribeSubscriber(token);
    if (subscriber.isEmpty()) {
      return invalidUnsubscribe();
    }
    subscribers.unsubscribe(subscriber.get());
    return page(
        HttpStatus.OK, "You are unsubscribed", "<p>You will get no more mail from this list.</p>");
  }

  @GetMapping("/o/{token}")
  ResponseEntity<byte[]> open(@PathVariable String token) {
    tracking.opened(token);
    return ResponseEntity.ok()
        .cacheControl(CacheControl.noStore())
        .header("Pragma", "no-cache")
        .contentType(MediaType.IMAGE_GIF)
        .body(PIXEL);
  }

  @GetMapping("/c/{token}")
  ResponseEntity<String> click(@PathVariable String token) {
    return tracking
        .clicked(token)
        .flatMap(MailLinksController::web)
        .map(
            url ->
                ResponseEntity.status(HttpStatus.FOUND)
                    .cacheControl(CacheControl.noStore())
                    .location(url)
                    .<String>build())
        .orElseGet(
            () ->
                page(
                    HttpStatus.NOT_FOUND,
                    "This link does not work",
                    "<p>It was altered or is not one of ours.</p>"));
  }

  /** Only http(s) URLs are ever signed; anything else found here is refused, not followed. */
  private static Optional<URI> web(String url) {
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return scheme.equals("http") || scheme.equals("https") ? Optional.of(uri) : Optional.empty();
    } catch (URISyntaxException ex) {
      return Optional.empty();
    }
  }

  private static ResponseEntity<String> invalidUnsubscribe() {
    return page(
        HttpStatus.NOT_FOUND,
        "This link does not work",
        "<p>It was altered or is not one of ours; use the link in a newsletter mail.</p>");
  }

  private static ResponseEntity<String> page(HttpStatus status, String title, String body) {
    String escaped = HtmlUtils.htmlEscape(title);
    return ResponseEntity.status(status)
        .contentType(HTML)
        .cacheControl(CacheControl.noStore())
        .header("Content-Security-Policy", "default-src 'none'; form-action 'self'")
        .header("Referrer-Policy", "no-referrer")
        .body(
            "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\""
                + " content=\"width=device-width\"><title>"
                + escaped
                + "</title></head><body><h1>"
                + escaped
                + "</h1>"
                + body
                + "</body></html>");
  }
}
