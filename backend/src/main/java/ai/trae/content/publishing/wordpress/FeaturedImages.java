package ai.trae.content.publishing.wordpress;

import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.connector.OutgoingItem.MediaFile;
import ai.trae.content.publishing.social.Json;
import ai.trae.content.publishing.social.Uploads;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The item's cover in the site's media library, uploaded once: the file is named after TRAE's media
 * id, so an update, a second channel to the same site or a repeat after an unknown upload finds it
 * ({@code GET /media?search=}) instead of filling the library with copies.
 */
final class FeaturedImages {

  private FeaturedImages() {}

  /** The attachment's id, or the failure that stops the post. */
  record Result(long id, @Nullable Outcome failure) {}

  static Result attach(WordPressSite site, MediaFile cover) {
    String marker = "trae-" + cover.id();
    HttpCalls.Call found =
        site.get(
            "/media?search="
                + marker
                + "&media_type=image&per_page=10&context=edit&_fields=id,source_url,alt_text");
    if (!found.ok()) {
      return new Result(0, WordPressSite.explain(found, "the media search"));
    }
    for (JsonNode media : Json.read(found.body())) {
      String source = Json.text(media, "source_url");
      if (source != null && source.contains(marker)) {
        long id = media.path("id").asLong(0);
        keepAltText(site, id, Json.text(media, "alt_text"), cover.altText());
        return new Result(id, null);
      }
    }
    return upload(site, cover, marker);
  }

  private static Result upload(WordPressSite site, MediaFile cover, String marker) {
    String alt = cover.altText() == null ? "" : cover.altText();
    String fileName = marker + "-" + safeName(cover.fileName());
    HttpCalls.Call uploaded =
        Uploads.send(
            site.calls(),
            cover,
            in ->
                site.request("/media?alt_text=" + WordPressSite.query(alt))
                    .header("Content-Type", cover.mediaType())
                    .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                    .POST(Uploads.stream(in, cover.size())));
    if (!uploaded.ok()) {
      return new Result(0, WordPressSite.explain(uploaded, "the featured image"));
    }
    return new Result(Json.read(uploaded.body()).path("id").asLong(0), null);
  }

  /** Alt text edited in TRAE since the upload follows; a failure here does not stop the post. */
  private static void keepAltText(
      WordPressSite site, long id, @Nullable String current, @Nullable String wanted) {
    if (wanted != null && !Objects.equals(current, wanted)) {
      site.post("/media/" + id, Map.of("alt_text", wanted));
    }
  }

  /** ASCII letters, digits, dots and dashes: WordPress keeps them, and the header stays valid. */
  static String safeName(String fileName) {
    String safe = fileName.replaceAll("[^A-Za-z0-9._-]+", "-").replaceAll("-{2,}", "-");
    safe = safe.replaceAll("^[-.]+", "");
    return safe.isEmpty() ? "cover" : safe;
  }
}
