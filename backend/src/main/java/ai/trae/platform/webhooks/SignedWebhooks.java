package ai.trae.platform.webhooks;

import com.standardwebhooks.Webhook;
import com.standardwebhooks.exceptions.WebhookSigningException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Signs a webhook's body the Standard Webhooks way: {@code v1,} and the base64 HMAC-SHA256 of
 * {@code id.timestamp.body} under each secret, space-separated in {@code webhook-signature}. Two
 * secrets (the new one first, then the one being rotated out) give two signatures, so a receiver
 * that still holds the old secret keeps verifying until the overlap ends.
 */
public final class SignedWebhooks {

  public static final String ID = "webhook-id";
  public static final String TIMESTAMP = "webhook-timestamp";
  public static final String SIGNATURE = "webhook-signature";

  private SignedWebhooks() {}

  /** The three headers for one delivery. */
  public record Headers(String id, long timestamp, String signature) {

    public Map<String, String> asMap() {
      return Map.of(ID, id, TIMESTAMP, Long.toString(timestamp), SIGNATURE, signature);
    }
  }

  /**
   * @param id the message id: the same on every attempt of one message, so receivers drop repeats
   * @param secrets one or two {@code whsec_} secrets, the current one first
   */
  public static Headers sign(String id, Instant timestamp, String body, List<String> secrets) {
    if (secrets.isEmpty()) {
      throw new IllegalArgumentException("a webhook needs a signing secret");
    }
    long seconds = timestamp.getEpochSecond();
    StringBuilder signature = new StringBuilder();
    for (String secret : secrets) {
      if (!signature.isEmpty()) {
        signature.append(' ');
      }
      signature.append(signOne(secret, id, seconds, body));
    }
    return new Headers(id, seconds, signature.toString());
  }

  /**
   * A POST of the JSON body with the signature headers; the caller adds its own headers (a user
   * agent) and sends it.
   */
  public static HttpRequest.Builder post(
      URI url, String id, Instant timestamp, String body, List<String> secrets) {
    Headers headers = sign(id, timestamp, body, secrets);
    return HttpRequest.newBuilder(url)
        .header("Content-Type", "application/json")
        .header(ID, headers.id())
        .header(TIMESTAMP, Long.toString(headers.timestamp()))
        .header(SIGNATURE, headers.signature())
        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
  }

  private static String signOne(String secret, String id, long seconds, String body) {
    if (!WebhookSecrets.isValid(secret)) {
      throw new IllegalArgumentException("not a whsec_ signing secret");
    }
    try {
      return new Webhook(secret).sign(id, seconds, body);
    } catch (WebhookSigningException
        | com.standardwebhooks.exceptions.EmptyWebhookSecretException ex) {
      throw new IllegalStateException("could not sign the webhook", ex);
    }
  }
}
