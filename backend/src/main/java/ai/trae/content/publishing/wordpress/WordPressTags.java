package ai.trae.content.publishing.wordpress;

import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.social.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The item's tags as the site's tag ids, which is what a post takes. Best effort: a tag the site
 * will not make or find is left off, and never stops the post.
 */
final class WordPressTags {

  /** Each tag costs a request or two; more than this many is a list, not tags. */
  static final int MAX = 10;

  private WordPressTags() {}

  static List<Long> ids(WordPressSite site, List<String> tags) {
    List<Long> ids = new ArrayList<>();
    for (String tag :
        tags.stream().map(String::strip).filter(t -> !t.isEmpty()).limit(MAX).toList()) {
      long id = id(site, tag);
      if (id > 0 && !ids.contains(id)) {
        ids.add(id);
      }
    }
    return ids;
  }

  private static long id(WordPressSite site, String tag) {
    // one request for new and known tags alike: WordPress names the existing term in its refusal
    HttpCalls.Call made = site.post("/tags", Map.of("name", tag));
    JsonNode answer = Json.read(made.body());
    if (made.ok()) {
      return answer.path("id").asLong(0);
    }
    if ("term_exists".equals(Json.text(answer, "code"))) {
      return answer.path("data").path("term_id").asLong(0);
    }
    // an Author may not make tags (edit_terms) but may use the ones there are
    HttpCalls.Call found =
        site.get("/tags?search=" + WordPressSite.query(tag) + "&per_page=20&_fields=id,name");
    if (!found.ok()) {
      return 0;
    }
    for (JsonNode term : Json.read(found.body())) {
      String name = unescape(term.path("name").asString(""));
      if (name.toLowerCase(Locale.ROOT).equals(tag.toLowerCase(Locale.ROOT))) {
        return term.path("id").asLong(0);
      }
    }
    return 0;
  }

  /** Tag names come back HTML-escaped ({@code Salt &amp; Pepper}). */
  private static String unescape(String name) {
    return name.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#039;", "'")
        .replace("&amp;", "&");
  }
}
