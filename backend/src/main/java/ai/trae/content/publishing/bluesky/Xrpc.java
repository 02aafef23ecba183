package ai.trae.content.publishing.bluesky;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.social.BaseUrls;
import ai.trae.content.publishing.social.Json;
import ai.trae.content.publishing.social.Outcomes;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One channel's AT Protocol service ({@code /xrpc/{method}}), and its answers read into reasons:
 * the error body ({@code {"error": "InvalidRequest", "message": "…"}}) and the rate limit, which it
 * tells in {@code RateLimit-Reset} (epoch seconds).
 */
final class Xrpc {

  static final String DEFAULT_SERVICE = "https://bsky.social";

  private final String service;
  private final HttpCalls calls;
  private final Clock clock;

  Xrpc(ChannelConfig channel, HttpCalls calls, Clock clock) {
    this.service = BaseUrls.of(channel.setting("service").orElse(DEFAULT_SERVICE));
    this.calls = calls;
    this.clock = clock;
  }

  HttpCalls calls() {
    return calls;
  }

  HttpRequest.Builder request(String method, @Nullable String bearer) {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(service + "/xrpc/" + method))
            .header("Accept", "application/json");
    return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
  }

  HttpCalls.Call procedure(String method, @Nullable String bearer, Object input) {
    return calls.send(
        request(method, bearer)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(input))));
  }

  HttpCalls.Call query(String method, @Nullable String bearer, Map<String, String> params) {
    String query =
        params.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return calls.send(request(method + (query.isEmpty() ? "" : "?" + query), bearer).GET());
  }

  /** The XRPC error name ({@code ExpiredToken}), or empty. */
  static String error(HttpCalls.Call call) {
    String error = Json.text(Json.read(call.body()), "error");
    return error == null ? "" : error;
  }

  /** The failed call's outcome, in Bluesky's words, waiting for its rate limit's reset. */
  Outcome explain(HttpCalls.Call call, String doing) {
    Outcome outcome =
        Outcomes.waitingForReset(call.outcome(), call.headers(), "RateLimit-Reset", clock);
    if (call.status() == 0) {
      return outcome;
    }
    JsonNode body = Json.read(call.body());
    String error = Json.text(body, "error");
    String message = Json.text(body, "message");
    StringBuilder reason =
        new StringBuilder("Bluesky refused ")
            .append(doing)
            .append(" (")
            .append(call.status())
            .append(error == null ? "" : " " + error)
            .append(")")
            .append(message == null ? "." : ": " + Outcomes.sentence(message));
    if (outcome instanceof Outcome.CredentialRejected) {
      reason.append(" Make a new app password (Settings → Privacy and security → App passwords)");
      reason.append(" and reconnect the channel.");
    } else if (outcome instanceof Outcome.Retry) {
      reason.append(" TRAE tries again later.");
    }
    return Outcomes.withReason(outcome, reason.toString());
  }
}
