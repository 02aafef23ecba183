package ai.trae.content.publishing.mastodon;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.social.BaseUrls;
import ai.trae.content.publishing.social.Json;
import ai.trae.content.publishing.social.Outcomes;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Clock;

/**
 * One channel's Mastodon instance: requests with the account's access token, and Mastodon's answers
 * read into reasons: its error body ({@code {"error": "…"}}) and its rate limit, which it tells
 * only in {@code X-RateLimit-Reset} (an ISO-8601 time), not in {@code Retry-After}.
 */
final class MastodonInstance {

  private final String base;
  private final String token;
  private final HttpCalls calls;
  private final Clock clock;

  MastodonInstance(ChannelConfig channel, HttpCalls calls, Clock clock) {
    this.base = BaseUrls.of(channel.requiredSetting("instanceUrl"));
    this.token = channel.requiredSecret("accessToken");
    this.calls = calls;
    this.clock = clock;
  }

  HttpCalls calls() {
    return calls;
  }

  HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(URI.create(base + path))
        .header("Authorization", "Bearer " + token)
        .header("Accept", "application/json");
  }

  HttpRequest.Builder json(String path, Object body) {
    return request(path)
        .header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(Json.write(body)));
  }

  /** The failed call's outcome, in Mastodon's words, waiting for its rate limit's reset. */
  Outcome explain(HttpCalls.Call call, String doing) {
    Outcome outcome =
        Outcomes.waitingForReset(call.outcome(), call.headers(), "X-RateLimit-Reset", clock);
    if (call.status() == 0) {
      return outcome;
    }
    String error = Json.text(Json.read(call.body()), "error");
    StringBuilder reason =
        new StringBuilder("Mastodon refused ")
            .append(doing)
            .append(" (")
            .append(call.status())
            .append(")")
            .append(error == null ? "." : ": " + Outcomes.sentence(error));
    if (outcome instanceof Outcome.CredentialRejected) {
      reason.append(
          " Make a new access token (Preferences → Development) with the write:statuses,"
              + " write:media and read:accounts scopes and reconnect the channel.");
    } else if (outcome instanceof Outcome.Retry) {
      reason.append(" TRAE tries again later.");
    }
    return Outcomes.withReason(outcome, reason.toString());
  }
}
