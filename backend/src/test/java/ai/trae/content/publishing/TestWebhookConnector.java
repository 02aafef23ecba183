package ai.trae.content.publishing;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.ConnectorSpec.Field;
import ai.trae.content.publishing.connector.ConnectorSpec.Kind;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;

/**
 * A webhook-like connector for the engine's test over real HTTP: POSTs the item to the channel's
 * URL with its idempotency key as {@code webhook-id}, through the shared {@link HttpCalls} (so a
 * refused connection, a 503 and a timeout are what they would be for the real webhook connector).
 */
public class TestWebhookConnector implements Connector {

  private final HttpCalls calls;

  public TestWebhookConnector(HttpCalls calls) {
    this.calls = calls;
  }

  @Override
  public ConnectorSpec spec() {
    return new ConnectorSpec(
        "test-webhook",
        "Test webhook",
        List.of(Field.required("url", "URL", Kind.URL, "")),
        List.of(),
        false,
        true,
        false,
        true,
        false,
        false);
  }

  @Override
  public Outcome publish(Dispatch dispatch) {
    String body =
        "{\"id\":\"%s\",\"title\":\"%s\"}".formatted(dispatch.item().id(), dispatch.item().title());
    HttpCalls.Call call =
        calls.send(
            HttpRequest.newBuilder(URI.create(dispatch.channel().requiredSetting("url")))
                .header("Content-Type", "application/json")
                .header("webhook-id", dispatch.idempotencyKey())
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    return call.ok()
        ? new Outcome.Delivered(dispatch.idempotencyKey(), null, call.exchange())
        : call.outcome();
  }

  @Override
  public Health health(ChannelConfig channel) {
    return Health.ok("Not checked.");
  }
}
