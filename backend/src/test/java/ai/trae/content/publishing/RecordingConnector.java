package ai.trae.content.publishing;

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
import ai.trae.platform.web.ValidationFailedException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A connector for publishing's own tests: it records every dispatch and answers what the test
 * scripted (then "delivered" once the script is used up), so the engine's rules are tested without
 * any real destination.
 */
public class RecordingConnector implements Connector {

  private final ConnectorSpec spec;
  public final List<Dispatch> dispatches = new CopyOnWriteArrayList<>();
  public final List<String> operations = new CopyOnWriteArrayList<>();
  private final ConcurrentLinkedDeque<Function<Dispatch, Outcome>> script =
      new ConcurrentLinkedDeque<>();
  private final ConcurrentLinkedDeque<Lookup> lookups = new ConcurrentLinkedDeque<>();
  public final List<Dispatch> lookedUp = new CopyOnWriteArrayList<>();
  public volatile Health health = Health.ok("Recording.");

  public RecordingConnector(String type, boolean repeatIsSafe, boolean canLookUp) {
    this.spec =
        new ConnectorSpec(
            type,
            "Recording (" + type + ")",
            List.of(
                Field.required("url", "URL", Kind.URL, "Where it would go"),
                Field.optional("count", "Count", Kind.NUMBER, ""),
                Field.optional("flag", "Flag", Kind.BOOLEAN, "")),
            List.of(Field.optional("token", "Token", Kind.SECRET, "")),
            false,
            true,
            true,
            repeatIsSafe,
            canLookUp,
            true);
  }

  @Override
  public ConnectorSpec spec() {
    return spec;
  }

  @Override
  public void validate(ChannelConfig channel) {
    if (channel.setting("url").orElse("").contains("forbidden")) {
      throw new ValidationFailedException("settings.url", "Not that host.");
    }
  }

  /** The next attempts answer these, in order. */
  public void then(Outcome... outcomes) {
    for (Outcome o : outcomes) {
      script.add(d -> o);
    }
  }

  public void lookupsAnswer(Lookup... answers) {
    lookups.addAll(List.of(answers));
  }

  public void reset() {
    dispatches.clear();
    operations.clear();
    script.clear();
    lookups.clear();
    lookedUp.clear();
    health = Health.ok("Recording.");
  }

  @Override
  public Outcome publish(Dispatch dispatch) {
    return answer(dispatch, dispatch.isUpdate() ? "update" : "publish");
  }

  @Override
  public Outcome unpublish(Dispatch dispatch) {
    return answer(dispatch, "unpublish");
  }

  private Outcome answer(Dispatch dispatch, String operation) {
    dispatches.add(dispatch);
    operations.add(operation);
    Function<Dispatch, Outcome> next = script.poll();
    if (next != null) {
      return next.apply(dispatch);
    }
    return new Outcome.Delivered(
        dispatch.externalId() != null ? dispatch.externalId() : "post-" + dispatch.publicationId(),
        "https://example.test/posts/" + dispatch.publicationId(),
        exchange(200));
  }

  @Override
  public Lookup lookup(Dispatch dispatch) {
    lookedUp.add(dispatch);
    Lookup next = lookups.poll();
    return next == null ? new Lookup.NotFound() : next;
  }

  @Override
  public Health health(ChannelConfig channel) {
    return health;
  }

  @Override
  public Map<String, String> rotate(ChannelConfig channel, Instant overlapUntil) {
    return Map.of("token", "rotated-" + overlapUntil.getEpochSecond());
  }

  public static Exchange exchange(int status) {
    return new Exchange(
        "POST https://example.test/hook (10 bytes)", status, "ok", Duration.ofMillis(3));
  }

  public static Outcome.Retry retry() {
    return new Outcome.Retry("The destination answered 503.", null, exchange(503));
  }

  public static Outcome.Unknown unknown() {
    return new Outcome.Unknown(
        "Sent, but no answer came within 1 s.",
        new Exchange(
            "POST https://example.test/hook (10 bytes)", null, null, Duration.ofSeconds(1)));
  }
}
