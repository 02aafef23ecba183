package ai.trae.content.publishing.mastodon;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.ConnectorSpec.Field;
import ai.trae.content.publishing.connector.ConnectorSpec.Kind;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.social.BaseUrls;
import ai.trae.content.publishing.social.Json;
import ai.trae.content.publishing.social.Outcomes;
import ai.trae.platform.web.ValidationFailedException;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Statuses on a Mastodon account. A new status is sent with {@code Idempotency-Key} set to the
 * delivery's key: Mastodon answers a repeat within an hour with the status it already made, so a
 * repeat after an unknown outcome is safe ({@code repeatIsSafe}).
 */
@Component
class MastodonConnector implements Connector {

  static final int DEFAULT_LIMIT = 500;
  private static final Set<String> VISIBILITIES = Set.of("public", "unlisted", "private");

  static final ConnectorSpec SPEC =
      new ConnectorSpec(
          "mastodon",
          "Mastodon",
          List.of(
              Field.required(
                  "instanceUrl",
                  "Instance",
                  Kind.URL,
                  "The server's address, like https://mastodon.social"),
              Field.optional(
                  "visibility", "Visibility", Kind.TEXT, "public (default), unlisted or private"),
              Field.optional(
                  "maxCharacters",
                  "Character limit",
                  Kind.NUMBER,
                  "The instance's limit per status; 500 unless it allows more")),
          List.of(
              Field.required(
                  "accessToken",
                  "Access token",
                  Kind.SECRET,
                  "Preferences → Development → New application, with write:statuses, write:media and read:accounts")),
          false,
          true,
          true,
          true,
          false,
          false);

  private final HttpCalls calls;
  private final Clock clock;
  private final MastodonMedia media;

  @Autowired
  MastodonConnector(HttpCalls calls, Clock clock) {
    this(calls, clock, Duration.ofSeconds(1), 10);
  }

  MastodonConnector(HttpCalls calls, Clock clock, Duration pollInterval, int polls) {
    this.calls = calls;
    this.clock = clock;
    this.media = new MastodonMedia(pollInterval, polls);
  }

  @Override
  public ConnectorSpec spec() {
    return SPEC;
  }

  @Override
  public void validate(ChannelConfig channel) {
    BaseUrls.check(channel, "instanceUrl");
    channel
        .setting("visibility")
        .filter(v -> !VISIBILITIES.contains(v))
        .ifPresent(
            v -> {
              throw new ValidationFailedException(
                  "visibility", "Choose public, unlisted or private.");
            });
    channel
        .setting("maxCharacters")
        .ifPresent(
            v -> {
              if (!v.matches("\\d{1,6}") || Integer.parseInt(v) < 100) {
                throw new ValidationFailedException(
                    "maxCharacters", "Give the instance's limit, a number from 100 up.");
              }
            });
  }

  @Override
  public Outcome publish(Dispatch dispatch) {
    ChannelConfig channel = dispatch.channel();
    MastodonInstance instance = new MastodonInstance(channel, calls, clock);
    List<String> mediaIds = List.of();
    if (dispatch.item().cover() != null) {
      MastodonMedia.Result cover = media.upload(instance, dispatch.item().cover());
      if (cover.failure() != null) {
        return cover.failure();
      }
      mediaIds = List.of(cover.id());
    }
    int limit = limit(channel);
    Map<String, Object> status = new LinkedHashMap<>();
    status.put("status", StatusText.of(dispatch.item(), limit));
    status.put("media_ids", mediaIds);
    HttpCalls.Call call;
    if (dispatch.isUpdate()) {
      // an edit: Mastodon keeps the earlier text in the status's history
      call =
          calls.send(
              instance
                  .request("/api/v1/statuses/" + dispatch.externalId())
                  .header("Content-Type", "application/json")
                  .PUT(HttpRequest.BodyPublishers.ofString(Json.write(status))));
    } else {
      status.put("visibility", channel.setting("visibility").orElse("public"));
      call =
          calls.send(
              instance
                  .json("/api/v1/statuses", status)
                  .header("Idempotency-Key", dispatch.idempotencyKey()));
    }
    if (!call.ok()) {
      if (dispatch.isUpdate() && call.status() == 404) {
        return new Outcome.Failed(
            "The status "
                + dispatch.externalId()
                + " is gone from Mastodon (deleted there?); unpublish and publish again to post it anew.",
            call.exchange());
      }
      return instance.explain(call, "the status");
    }
    JsonNode answer = Json.read(call.body());
    return new Outcome.Delivered(
        answer.path("id").asString(""), Json.text(answer, "url"), call.exchange());
  }

  private static int limit(ChannelConfig channel) {
    try {
      return channel.setting("maxCharacters").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
    } catch (NumberFormatException unchecked) {
      // validate refuses it; a channel stored before that rule still posts within the default
      return DEFAULT_LIMIT;
    }
  }

  @Override
  public Outcome unpublish(Dispatch dispatch) {
    String id = dispatch.externalId();
    if (id == null) {
      return new Outcome.Failed(
          "Nothing to take back: the status was never posted.", Exchange.NONE);
    }
    MastodonInstance instance = new MastodonInstance(dispatch.channel(), calls, clock);
    HttpCalls.Call call = calls.send(instance.request("/api/v1/statuses/" + id).DELETE());
    if (call.ok() || call.status() == 404) {
      return new Outcome.Delivered(id, null, call.exchange());
    }
    return instance.explain(call, "deleting the status");
  }

  @Override
  public Health health(ChannelConfig channel) {
    MastodonInstance instance = new MastodonInstance(channel, calls, clock);
    HttpCalls.Call call = calls.send(instance.request("/api/v1/accounts/verify_credentials").GET());
    if (!call.ok()) {
      Outcome failure = instance.explain(call, "the access token");
      return failure instanceof Outcome.Retry || failure instanceof Outcome.Unknown
          ? Health.temporaryFailure(Outcomes.reason(failure))
          : Health.credentialInvalid(Outcomes.reason(failure));
    }
    String account = Json.text(Json.read(call.body()), "acct");
    return Health.ok("Signed in as @" + (account == null ? "?" : account) + ".");
  }
}
