package ai.trae.content.publishing.bluesky;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.ConnectorSpec.Field;
import ai.trae.content.publishing.connector.ConnectorSpec.Kind;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Lookup;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.connector.OutgoingItem.MediaFile;
import ai.trae.content.publishing.social.BaseUrls;
import ai.trae.content.publishing.social.Json;
import ai.trae.content.publishing.social.Outcomes;
import ai.trae.content.publishing.social.Uploads;
import ai.trae.platform.web.ValidationFailedException;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Posts on a Bluesky (AT Protocol) account. Posts are immutable: an update of the item is not sent
 * ({@code canUpdate} false, so likes and replies stay with the post); unpublishing deletes the
 * record. Each delivery's record key is derived from the publication ({@link RecordKeys}), so a
 * repeat after an unknown outcome finds the post instead of making a second one ({@code
 * canLookUp}).
 */
@Component
class BlueskyConnector implements Connector {

  static final String POST = "app.bsky.feed.post";

  /** app.bsky.embed.images takes images up to this size. */
  static final long MAX_IMAGE = 1_000_000;

  static final ConnectorSpec SPEC =
      new ConnectorSpec(
          "bluesky",
          "Bluesky",
          List.of(
              Field.required("handle", "Handle", Kind.TEXT, "The account, like alice.bsky.social"),
              Field.optional(
                  "service",
                  "Service",
                  Kind.URL,
                  "The account's server; "
                      + Xrpc.DEFAULT_SERVICE
                      + " unless it is hosted elsewhere")),
          List.of(
              Field.required(
                  "appPassword",
                  "App password",
                  Kind.SECRET,
                  "Settings → Privacy and security → App passwords (not the account's password)")),
          false,
          false,
          true,
          false,
          true,
          false);

  private final HttpCalls calls;
  private final Clock clock;
  private final Sessions sessions;

  BlueskyConnector(HttpCalls calls, Clock clock) {
    this.calls = calls;
    this.clock = clock;
    this.sessions = new Sessions(clock);
  }

  @Override
  public ConnectorSpec spec() {
    return SPEC;
  }

  @Override
  public void validate(ChannelConfig channel) {
    if (channel.setting("service").isPresent()) {
      BaseUrls.check(channel, "service");
    }
    String handle = channel.setting("handle").map(h -> h.replaceFirst("^@", "")).orElse("");
    if (!handle.matches("([a-zA-Z0-9]([a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\\.)+[a-zA-Z][a-zA-Z0-9-]*")
        && !handle.startsWith("did:")) {
      throw new ValidationFailedException(
          "handle", "Give the account's handle, like alice.bsky.social.");
    }
  }

  @Override
  public Outcome publish(Dispatch dispatch) {
    if (dispatch.isUpdate()) {
      return new Outcome.Failed(
          "Bluesky posts cannot be edited; the post stays as it was. Unpublish and publish again to"
              + " post the new text.",
          Exchange.NONE);
    }
    ChannelConfig channel = dispatch.channel();
    Xrpc xrpc = new Xrpc(channel, calls, clock);
    String rkey = RecordKeys.of(dispatch.publicationId(), dispatch.idempotencyKey());
    if (dispatch.attempt() > 1) {
      HttpCalls.Call earlier = getRecord(xrpc, channel, rkey);
      if (earlier.ok()) {
        return delivered(earlier);
      }
      if (!notFound(earlier)) {
        return xrpc.explain(earlier, "the search for an earlier post");
      }
    }
    JsonNode blob = null;
    MediaFile cover = dispatch.item().cover();
    if (cover != null && fits(cover)) {
      HttpCalls.Call uploaded =
          sessions.call(
              xrpc,
              channel,
              session ->
                  Uploads.send(
                      calls,
                      cover,
                      in ->
                          xrpc.request("com.atproto.repo.uploadBlob", session.accessJwt())
                              .header("Content-Type", cover.mediaType())
                              .POST(Uploads.stream(in, cover.size()))));
      if (!uploaded.ok()) {
        return xrpc.explain(uploaded, "the cover");
      }
      blob = Json.read(uploaded.body()).path("blob");
    }
    Map<String, Object> record =
        PostRecord.of(
            dispatch.item(), blob, cover == null ? null : cover.altText(), clock.instant());
    HttpCalls.Call created =
        sessions.call(
            xrpc,
            channel,
            session ->
                xrpc.procedure(
                    "com.atproto.repo.createRecord",
                    session.accessJwt(),
                    Map.of(
                        "repo",
                        session.did(),
                        "collection",
                        POST,
                        "rkey",
                        rkey,
                        "record",
                        record)));
    if (created.ok()) {
      return delivered(created);
    }
    if (created.status() == 409 || Xrpc.error(created).equals("RecordAlreadyExists")) {
      // the record key is this delivery's: an earlier attempt made the post
      HttpCalls.Call existing = getRecord(xrpc, channel, rkey);
      if (existing.ok()) {
        return delivered(existing);
      }
    }
    return xrpc.explain(created, "the post");
  }

  private static boolean fits(MediaFile cover) {
    return cover.size() <= MAX_IMAGE
        && cover.mediaType().startsWith("image/")
        && !cover.mediaType().equals("image/svg+xml");
  }

  private HttpCalls.Call getRecord(Xrpc xrpc, ChannelConfig channel, String rkey) {
    return sessions.call(
        xrpc,
        channel,
        session ->
            xrpc.query(
                "com.atproto.repo.getRecord",
                session.accessJwt(),
                Map.of("repo", session.did(), "collection", POST, "rkey", rkey)));
  }

  private static boolean notFound(HttpCalls.Call call) {
    return call.status() == 404 || Xrpc.error(call).equals("RecordNotFound");
  }

  /** The post's at:// URI as its id, and where people see it. */
  private static Outcome delivered(HttpCalls.Call call) {
    String uri = Json.text(Json.read(call.body()), "uri");
    if (uri == null) {
      return new Outcome.Unknown(
          "Bluesky answered without the post's address; check the account.", call.exchange());
    }
    return new Outcome.Delivered(uri, webUrl(uri), call.exchange());
  }

  /** {@code at://did/app.bsky.feed.post/rkey} → {@code https://bsky.app/profile/did/post/rkey}. */
  static String webUrl(String atUri) {
    String[] parts = atUri.substring("at://".length()).split("/");
    return "https://bsky.app/profile/" + parts[0] + "/post/" + parts[parts.length - 1];
  }

  @Override
  public Outcome unpublish(Dispatch dispatch) {
    String uri = dispatch.externalId();
    if (uri == null || !uri.startsWith("at://")) {
      return new Outcome.Failed("Nothing to take back: the post was never created.", Exchange.NONE);
    }
    String[] parts = uri.substring("at://".length()).split("/");
    Xrpc xrpc = new Xrpc(dispatch.channel(), calls, clock);
    // deleteRecord succeeds for a record already gone, so a repeat is safe
    HttpCalls.Call call =
        sessions.call(
            xrpc,
            dispatch.channel(),
            session ->
                xrpc.procedure(
                    "com.atproto.repo.deleteRecord",
                    session.accessJwt(),
                    Map.of("repo", parts[0], "collection", POST, "rkey", parts[parts.length - 1])));
    return call.ok()
        ? new Outcome.Delivered(uri, null, call.exchange())
        : xrpc.explain(call, "deleting the post");
  }

  @Override
  public Lookup lookup(Dispatch dispatch) {
    Xrpc xrpc = new Xrpc(dispatch.channel(), calls, clock);
    String rkey = RecordKeys.of(dispatch.publicationId(), dispatch.idempotencyKey());
    HttpCalls.Call call = getRecord(xrpc, dispatch.channel(), rkey);
    if (call.ok()) {
      return delivered(call) instanceof Outcome.Delivered d
          ? new Lookup.Found(d.externalId(), d.url())
          : new Lookup.Unavailable("Bluesky answered without the post's address.");
    }
    return notFound(call)
        ? new Lookup.NotFound()
        : new Lookup.Unavailable(Outcomes.reason(xrpc.explain(call, "the search for the post")));
  }

  @Override
  public Health health(ChannelConfig channel) {
    return BlueskyHealth.check(new Xrpc(channel, calls, clock), sessions, channel);
  }
}
