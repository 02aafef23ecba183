package ai.trae.content.publishing.webhook;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.ConnectorSpec.Field;
import ai.trae.content.publishing.connector.ConnectorSpec.Kind;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.platform.web.ValidationFailedException;
import ai.trae.platform.webhooks.SignedWebhooks;
import ai.trae.platform.webhooks.WebhookSecrets;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * POSTs each published item to the channel's URL, signed per Standard Webhooks. The {@code
 * webhook-id} is the delivery's idempotency key, the same on every attempt, so a receiver that
 * drops ids it has seen makes a repeat after an unknown outcome harmless ({@code repeatIsSafe}).
 */
@Component
public class WebhookConnector implements Connector {

  public static final String TYPE = "webhook";
  static final String URL = "url";

  /** Refusals name the field as the channels API does: {@code settings.url}, {@code secrets.…}. */
  static final String URL_FIELD = "settings." + URL;

  static final String ALLOW_INSECURE_HTTP = "allowInsecureHttp";
  static final String SECRET = "signingSecret";
  static final String PREVIOUS_SECRET = "previousSigningSecret";
  static final String PREVIOUS_UNTIL = "previousSigningSecretUntil";
  static final String USER_AGENT = "TRAE-Webhooks/1";

  private static final ConnectorSpec SPEC =
      new ConnectorSpec(
          TYPE,
          "Webhook",
          List.of(
              Field.required(URL, "URL", Kind.URL, "Where TRAE POSTs each item (https)."),
              Field.optional(
                  ALLOW_INSECURE_HTTP,
                  "Allow plain http",
                  Kind.BOOLEAN,
                  "Only for a receiver on this machine or a private network.")),
          List.of(
              Field.optional(
                  SECRET,
                  "Signing secret",
                  Kind.SECRET,
                  "A whsec_ secret; TRAE generates one when left empty.")),
          false,
          true,
          true,
          true,
          false,
          true);

  private final HttpCalls http;
  private final Clock clock;

  WebhookConnector(HttpCalls http, Clock clock) {
    this.http = http;
    this.clock = clock;
  }

  @Override
  public ConnectorSpec spec() {
    return SPEC;
  }

  @Override
  public void validate(ChannelConfig channel) {
    WebhookUrls.check(channel.requiredSetting(URL), insecureHttpAllowed(channel));
    channel
        .secret(SECRET)
        .filter(s -> !WebhookSecrets.isValid(s))
        .ifPresent(
            s -> {
              throw new ValidationFailedException(
                  "secrets." + SECRET,
                  "A Standard Webhooks secret: whsec_ and 24 to 64 bytes in base64.");
            });
  }

  @Override
  public Map<String, String> secretsForNewChannel(Map<String, String> given) {
    String secret = given.get(SECRET);
    if (secret != null && !secret.isBlank()) {
      return given;
    }
    Map<String, String> secrets = new HashMap<>(given);
    secrets.put(SECRET, WebhookSecrets.generate());
    return Map.copyOf(secrets);
  }

  @Override
  public Outcome publish(Dispatch dispatch) {
    Instant now = clock.instant();
    return send(dispatch, WebhookEvents.published(dispatch, now), now);
  }

  @Override
  public Outcome unpublish(Dispatch dispatch) {
    Instant now = clock.instant();
    return send(dispatch, WebhookEvents.unpublished(dispatch, now), now);
  }

  private Outcome send(Dispatch dispatch, String body, Instant now) {
    ChannelConfig channel = dispatch.channel();
    List<String> secrets = signingSecrets(channel, now);
    if (secrets.isEmpty()) {
      return new Outcome.Failed(
          "The channel has no signing secret; rotate its secret to make one.",
          ai.trae.content.publishing.connector.Exchange.NONE);
    }
    HttpCalls.Call call =
        http.send(request(channel, dispatch.idempotencyKey(), now, body, secrets));
    if (!call.ok()) {
      return call.outcome();
    }
    String externalId =
        dispatch.externalId() != null ? dispatch.externalId() : dispatch.publicationId().toString();
    return new Outcome.Delivered(externalId, dispatch.item().url(), call.exchange());
  }

  /** A signed {@code ping}: 2xx is healthy, 401/403 a receiver that refuses our signature. */
  @Override
  public Health health(ChannelConfig channel) {
    Instant now = clock.instant();
    List<String> secrets = signingSecrets(channel, now);
    if (secrets.isEmpty()) {
      return Health.credentialInvalid("The channel has no signing secret.");
    }
    HttpCalls.Call call =
        http.send(
            request(
                channel,
                "ping_" + UUID.randomUUID(),
                now,
                WebhookEvents.ping(channel.slug(), now),
                secrets));
    if (call.ok()) {
      return Health.ok("The receiver answered " + call.status() + " to a signed ping.");
    }
    return switch (call.outcome()) {
      case Outcome.CredentialRejected rejected ->
          Health.credentialInvalid(
              "The receiver refused the signed ping ("
                  + call.status()
                  + "): it may hold another signing secret.");
      case Outcome other -> Health.temporaryFailure(reason(other));
    };
  }

  /**
   * A new secret; the current one keeps signing too until {@code overlapUntil}, so receivers can
   * switch in their own time.
   */
  @Override
  public Map<String, String> rotate(ChannelConfig channel, Instant overlapUntil) {
    Map<String, String> next = new HashMap<>();
    next.put(SECRET, WebhookSecrets.generate());
    channel
        .secret(SECRET)
        .ifPresent(
            current -> {
              next.put(PREVIOUS_SECRET, current);
              next.put(PREVIOUS_UNTIL, overlapUntil.toString());
            });
    return Map.copyOf(next);
  }

  /** The current secret first, then the previous one while its overlap lasts. */
  static List<String> signingSecrets(ChannelConfig channel, Instant now) {
    List<String> secrets = new ArrayList<>(2);
    channel.secret(SECRET).ifPresent(secrets::add);
    channel
        .secret(PREVIOUS_SECRET)
        .filter(previous -> overlapLasts(channel, now))
        .ifPresent(secrets::add);
    return secrets;
  }

  private static boolean overlapLasts(ChannelConfig channel, Instant now) {
    try {
      return channel.secret(PREVIOUS_UNTIL).map(Instant::parse).filter(now::isBefore).isPresent();
    } catch (DateTimeParseException unreadable) {
      return false;
    }
  }

  private HttpRequest.Builder request(
      ChannelConfig channel, String id, Instant now, String body, List<String> secrets) {
    URI url = URI.create(channel.requiredSetting(URL).trim());
    return SignedWebhooks.post(url, id, now, body, secrets).header("User-Agent", USER_AGENT);
  }

  private static boolean insecureHttpAllowed(ChannelConfig channel) {
    return channel.setting(ALLOW_INSECURE_HTTP).map(Boolean::parseBoolean).orElse(false);
  }

  private static String reason(Outcome outcome) {
    return switch (outcome) {
      case Outcome.Retry retry -> retry.reason();
      case Outcome.Unknown unknown -> unknown.reason();
      case Outcome.Failed failed -> failed.reason();
      case Outcome.CredentialRejected rejected -> rejected.reason();
      case Outcome.Delivered delivered -> "Delivered.";
    };
  }
}
