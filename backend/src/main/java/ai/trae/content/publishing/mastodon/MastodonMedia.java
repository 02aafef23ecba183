package ai.trae.content.publishing.mastodon;

import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.connector.OutgoingItem.MediaFile;
import ai.trae.content.publishing.social.Json;
import ai.trae.content.publishing.social.Uploads;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpRequest.BodyPublishers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The cover as a media attachment: {@code POST /api/v2/media} (multipart, the alt text as {@code
 * description}). Mastodon answers 200 when it processed the file at once and 202 when it goes on in
 * the background; then {@code GET /api/v1/media/{id}} answers 206 until it is done, and a status
 * may only attach it after that.
 */
final class MastodonMedia {

  record Result(@Nullable String id, @Nullable Outcome failure) {}

  private final Duration pollInterval;
  private final int polls;

  MastodonMedia(Duration pollInterval, int polls) {
    this.pollInterval = pollInterval;
    this.polls = polls;
  }

  Result upload(MastodonInstance instance, MediaFile cover) {
    String boundary = "trae-" + UUID.randomUUID();
    HttpCalls.Call call =
        Uploads.send(
            instance.calls(),
            cover,
            in ->
                instance
                    .request("/api/v2/media")
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(multipart(boundary, cover, Uploads.stream(in, cover.size()))));
    if (!call.ok()) {
      return new Result(null, instance.explain(call, "the cover"));
    }
    JsonNode media = Json.read(call.body());
    String id = Json.text(media, "id");
    if (id == null) {
      return new Result(
          null,
          new Outcome.Failed("Mastodon accepted the cover but gave it no id.", call.exchange()));
    }
    return call.status() == 202 || Json.text(media, "url") == null
        ? waitFor(instance, id)
        : new Result(id, null);
  }

  private Result waitFor(MastodonInstance instance, String id) {
    HttpCalls.Call last = null;
    for (int i = 0; i < polls; i++) {
      if (!pause()) {
        break;
      }
      last = instance.calls().send(instance.request("/api/v1/media/" + id).GET());
      if (!last.ok()) {
        return new Result(null, instance.explain(last, "the cover"));
      }
      if (last.status() == 200 && Json.text(Json.read(last.body()), "url") != null) {
        return new Result(id, null);
      }
    }
    // an unattached upload is removed by the instance after a while; the next attempt uploads anew
    return new Result(
        null,
        new Outcome.Retry(
            "Mastodon is still processing the cover; TRAE tries again shortly.",
            Duration.ofSeconds(30),
            last == null ? Exchange.NONE : last.exchange()));
  }

  private boolean pause() {
    try {
      Thread.sleep(pollInterval);
      return true;
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static BodyPublisher multipart(String boundary, MediaFile cover, BodyPublisher file) {
    String alt = cover.altText() == null ? "" : cover.altText();
    String name = cover.fileName().replaceAll("[^A-Za-z0-9._-]+", "-");
    String head =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n"
            + alt
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
            + name
            + "\"\r\nContent-Type: "
            + cover.mediaType()
            + "\r\n\r\n";
    String tail = "\r\n--" + boundary + "--\r\n";
    return BodyPublishers.concat(
        BodyPublishers.ofString(head, StandardCharsets.UTF_8),
        file,
        BodyPublishers.ofString(tail, StandardCharsets.UTF_8));
  }
}
