package ai.trae.content.publishing.bluesky;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.social.Json;
import ai.trae.content.publishing.social.Outcomes;
import java.time.Instant;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Whether the channel can post: the session opens (renewed if due) and {@code getSession} says the
 * account is active. {@code expiresAt} is when the refresh token runs out; TRAE renews well before,
 * and signs in again with the app password if it ever has to.
 */
final class BlueskyHealth {

  private BlueskyHealth() {}

  static Health check(Xrpc xrpc, Sessions sessions, ChannelConfig channel) {
    HttpCalls.Call call =
        sessions.call(
            xrpc,
            channel,
            session -> xrpc.query("com.atproto.server.getSession", session.accessJwt(), Map.of()));
    Instant expiresAt = expiresAt(channel);
    if (!call.ok()) {
      Outcome failure = xrpc.explain(call, "the session");
      if (failure instanceof Outcome.Retry || failure instanceof Outcome.Unknown) {
        return new Health(
            Health.State.TEMPORARY_FAILURE,
            Outcomes.reason(failure) + " The channel keeps its session.",
            expiresAt);
      }
      return new Health(Health.State.CREDENTIAL_INVALID, Outcomes.reason(failure), expiresAt);
    }
    JsonNode account = Json.read(call.body());
    String handle = account.path("handle").asString(Sessions.handle(channel));
    if (!account.path("active").asBoolean(true)) {
      String status = account.path("status").asString("inactive");
      return new Health(
          Health.State.CREDENTIAL_INVALID,
          "The Bluesky account @" + handle + " is " + status + "; it cannot post.",
          expiresAt);
    }
    return new Health(
        Health.State.OK,
        "Signed in as @" + handle + "; TRAE renews the session before it expires.",
        expiresAt);
  }

  private static @Nullable Instant expiresAt(ChannelConfig channel) {
    Sessions.Session session = Sessions.Session.from(channel.state().values());
    return session == null ? null : session.refreshExpiresAt();
  }
}
