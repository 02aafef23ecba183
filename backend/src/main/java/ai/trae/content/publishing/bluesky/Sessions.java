package ai.trae.content.publishing.bluesky;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.social.Json;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The channel's AT Protocol session, kept in its {@link
 * ai.trae.content.publishing.connector.ChannelState}: renewed with the refresh token before the
 * access token expires, opened anew with the app password only when the refresh token is refused
 * (Bluesky limits {@code createSession} to a few dozen an hour). A renewal that fails for a while
 * (network, 5xx, 429, no answer) changes nothing stored: the refresh token that worked is kept, and
 * the access token is used while it lasts.
 */
final class Sessions {

  /** Renewed this long before the access token expires, so no call carries a dying token. */
  static final Duration RENEW_AHEAD = Duration.ofMinutes(5);

  private final Clock clock;

  Sessions(Clock clock) {
    this.clock = clock;
  }

  /** What the state holds; every field present or the state counts as empty. */
  record Session(
      String did,
      String handle,
      String accessJwt,
      String refreshJwt,
      Instant accessExpiresAt,
      Instant refreshExpiresAt) {

    static @Nullable Session from(Map<String, String> state) {
      if (state.get("did") == null
          || state.get("accessJwt") == null
          || state.get("refreshJwt") == null) {
        return null;
      }
      try {
        return new Session(
            state.get("did"),
            state.getOrDefault("handle", state.get("did")),
            state.get("accessJwt"),
            state.get("refreshJwt"),
            Instant.parse(state.get("accessExpiresAt")),
            Instant.parse(state.get("refreshExpiresAt")));
      } catch (RuntimeException incomplete) {
        return null;
      }
    }

    Map<String, String> state() {
      return Map.of(
          "did", did,
          "handle", handle,
          "accessJwt", accessJwt,
          "refreshJwt", refreshJwt,
          "accessExpiresAt", accessExpiresAt.toString(),
          "refreshExpiresAt", refreshExpiresAt.toString());
    }
  }

  /** A session to call with, or why there is none now. */
  record Opened(@Nullable Session session, @Nullable Outcome failure) {}

  /**
   * The session to call with, renewed first when it is about to expire or {@code renew} says the
   * service refused it.
   */
  Opened open(Xrpc xrpc, ChannelConfig channel, boolean renew) {
    Instant now = clock.instant();
    Session current = Session.from(channel.state().values());
    if (current != null && !renew && current.accessExpiresAt().isAfter(now.plus(RENEW_AHEAD))) {
      return new Opened(current, null);
    }
    if (current != null && current.refreshExpiresAt().isAfter(now)) {
      HttpCalls.Call call =
          xrpc.procedure("com.atproto.server.refreshSession", current.refreshJwt(), Map.of());
      if (call.ok()) {
        return keep(channel, call);
      }
      if (!refused(call)) {
        // temporary: keep everything; the access token may still serve this call
        if (!renew && current.accessExpiresAt().isAfter(now)) {
          return new Opened(current, null);
        }
        return new Opened(null, temporary(xrpc.explain(call, "renewing the session")));
      }
    }
    HttpCalls.Call call =
        xrpc.procedure(
            "com.atproto.server.createSession",
            null,
            Map.of(
                "identifier", handle(channel), "password", channel.requiredSecret("appPassword")));
    if (call.ok()) {
      return keep(channel, call);
    }
    Outcome failure = xrpc.explain(call, "signing in");
    if (call.status() == 400) {
      // AccountTakedown, AuthFactorTokenRequired (an account password instead of an app password)
      failure =
          new Outcome.CredentialRejected(
              ai.trae.content.publishing.social.Outcomes.reason(failure)
                  + " Use an app password and reconnect the channel.",
              call.exchange());
    }
    return new Opened(null, temporary(failure));
  }

  /**
   * Calls with the session; when the service says the access token expired or is no longer valid
   * (clock skew, a revoked session), renews once and calls again, which is safe because the first
   * call was refused, not carried out.
   */
  HttpCalls.Call call(Xrpc xrpc, ChannelConfig channel, Function<Session, HttpCalls.Call> call) {
    Opened opened = open(xrpc, channel, false);
    if (opened.session() == null) {
      return failed(opened.failure());
    }
    HttpCalls.Call first = call.apply(opened.session());
    if (!tokenRefused(first)) {
      return first;
    }
    Opened renewed = open(xrpc, channel, true);
    return renewed.session() == null ? failed(renewed.failure()) : call.apply(renewed.session());
  }

  static String handle(ChannelConfig channel) {
    String handle = channel.requiredSetting("handle").strip();
    return handle.startsWith("@") ? handle.substring(1) : handle;
  }

  private Opened keep(ChannelConfig channel, HttpCalls.Call call) {
    JsonNode answer = Json.read(call.body());
    String access = Json.text(answer, "accessJwt");
    String refresh = Json.text(answer, "refreshJwt");
    String did = Json.text(answer, "did");
    if (access == null || refresh == null || did == null) {
      return new Opened(
          null,
          new Outcome.Retry(
              "Bluesky answered the sign-in without a session; TRAE tries again later.",
              null,
              call.exchange()));
    }
    String handle = Json.text(answer, "handle");
    Instant now = clock.instant();
    Session session =
        new Session(
            did,
            handle == null ? did : handle,
            access,
            refresh,
            expiry(access, now.plus(Duration.ofMinutes(15))),
            expiry(refresh, now.plus(Duration.ofDays(1))));
    channel.state().replace(session.state());
    return new Opened(session, null);
  }

  /** The JWT's {@code exp}, read without checking the signature (the service checks it). */
  static Instant expiry(String jwt, Instant otherwise) {
    String[] parts = jwt.split("\\.");
    if (parts.length < 2) {
      return otherwise;
    }
    try {
      byte[] payload = Base64.getUrlDecoder().decode(parts[1]);
      long exp = Json.read(new String(payload, StandardCharsets.UTF_8)).path("exp").asLong(0);
      return exp > 0 ? Instant.ofEpochSecond(exp) : otherwise;
    } catch (IllegalArgumentException unreadable) {
      return otherwise;
    }
  }

  /** The refresh token itself was refused (expired, revoked): only a new sign-in helps. */
  private static boolean refused(HttpCalls.Call call) {
    return call.status() == 400 || call.status() == 401 || call.status() == 403;
  }

  private static boolean tokenRefused(HttpCalls.Call call) {
    String error = Xrpc.error(call);
    return call.status() == 401
        || (call.status() == 400 && (error.equals("ExpiredToken") || error.equals("InvalidToken")));
  }

  /** A renewal that got no answer posted nothing: retrying it later is safe. */
  private static Outcome temporary(Outcome outcome) {
    return outcome instanceof Outcome.Unknown unknown
        ? new Outcome.Retry(unknown.reason(), null, unknown.exchange())
        : outcome;
  }

  private static HttpCalls.Call failed(@Nullable Outcome failure) {
    Outcome outcome =
        failure == null ? new Outcome.Retry("No session.", null, Exchange.NONE) : failure;
    return new HttpCalls.Call(0, "", null, outcome.exchange(), outcome);
  }
}
