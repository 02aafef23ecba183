package ai.trae.content.publishing.wordpress;

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
import java.util.Base64;
import tools.jackson.databind.JsonNode;

/**
 * One channel's WordPress REST API ({@code /wp-json/wp/v2}): requests signed with the user's
 * application password (HTTP Basic, as WordPress expects it), and WordPress's error body ({@code
 * {code, message, data: {status}}}) read into a reason.
 */
final class WordPressSite {

  private final String root;
  private final String authorization;
  private final HttpCalls calls;

  WordPressSite(ChannelConfig channel, HttpCalls calls) {
    this.root = BaseUrls.of(channel.requiredSetting("siteUrl")) + "/wp-json/wp/v2";
    // WordPress shows application passwords in groups of four; the spaces are not part of it
    String password = channel.requiredSecret("applicationPassword").replace(" ", "");
    String pair = channel.requiredSetting("username") + ":" + password;
    this.authorization =
        "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
    this.calls = calls;
  }

  HttpCalls calls() {
    return calls;
  }

  HttpRequest.Builder request(String pathAndQuery) {
    return HttpRequest.newBuilder(URI.create(root + pathAndQuery))
        .header("Authorization", authorization)
        .header("Accept", "application/json");
  }

  HttpCalls.Call get(String pathAndQuery) {
    return calls.send(request(pathAndQuery).GET());
  }

  HttpCalls.Call post(String path, Object body) {
    return calls.send(
        request(path)
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(Json.write(body))));
  }

  HttpCalls.Call delete(String path) {
    return calls.send(request(path).DELETE());
  }

  static String query(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** WordPress's error code ({@code rest_post_invalid_id}), or empty. */
  static String code(HttpCalls.Call call) {
    String code = Json.text(Json.read(call.body()), "code");
    return code == null ? "" : code;
  }

  /** The failed call's outcome, its reason in WordPress's words. */
  static Outcome explain(HttpCalls.Call call, String doing) {
    Outcome outcome = call.outcome();
    if (call.status() == 0) {
      return outcome;
    }
    JsonNode error = Json.read(call.body());
    String message = Json.text(error, "message");
    String code = Json.text(error, "code");
    StringBuilder reason =
        new StringBuilder("WordPress refused ")
            .append(doing)
            .append(" (")
            .append(call.status())
            .append(code == null ? "" : " " + code)
            .append(")");
    reason.append(message == null ? "." : ": " + Outcomes.sentence(message));
    if (outcome instanceof Outcome.CredentialRejected) {
      reason.append(" Check the user name and application password, then reconnect the channel.");
    } else if (outcome instanceof Outcome.Retry) {
      reason.append(" TRAE tries again later.");
    }
    return Outcomes.withReason(outcome, reason.toString());
  }
}
