package ai.trae.content.publishing.bluesky;

import ai.trae.content.publishing.connector.OutgoingItem;
import ai.trae.content.publishing.social.PostText;
import ai.trae.content.publishing.social.PostText.Piece;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * An {@code app.bsky.feed.post} record: the channel variant's text within 300 graphemes, each link
 * a facet over its words (offsets in UTF-8 bytes, as the lexicon counts them), the link back to the
 * item at the end, and the cover as an {@code app.bsky.embed.images} embed.
 */
final class PostRecord {

  static final int LIMIT = 300;

  /**
   * A bare address is shown shorter, the way Bluesky's own app shows it; its facet keeps it all.
   */
  static final int SHOWN_ADDRESS = 30;

  private PostRecord() {}

  static String text(OutgoingItem item) {
    return post(item).text();
  }

  static PostText post(OutgoingItem item) {
    PostText body = PostText.fromMarkdown(item.markdown()).map(PostRecord::shorten);
    if (body.isBlank()) {
      body = PostText.of(Piece.plain(item.title()));
    }
    PostText tail =
        item.url() == null
            ? PostText.of()
            : PostText.of(Piece.plain("\n\n"), shorten(new Piece(item.url(), item.url())));
    return body.fit(LIMIT, tail, PostText.GRAPHEMES);
  }

  static Map<String, Object> of(
      OutgoingItem item, @Nullable Object blob, @Nullable String alt, Instant now) {
    PostText post = post(item);
    Map<String, Object> record = new LinkedHashMap<>();
    record.put("$type", "app.bsky.feed.post");
    record.put("text", post.text());
    record.put("createdAt", now.toString());
    List<Map<String, Object>> facets = facets(post);
    if (!facets.isEmpty()) {
      record.put("facets", facets);
    }
    if (blob != null) {
      Map<String, Object> image = new LinkedHashMap<>();
      image.put("alt", alt == null ? "" : alt);
      image.put("image", blob);
      OutgoingItem.MediaFile cover = item.cover();
      if (cover != null && cover.width() != null && cover.height() != null) {
        image.put("aspectRatio", Map.of("width", cover.width(), "height", cover.height()));
      }
      record.put("embed", Map.of("$type", "app.bsky.embed.images", "images", List.of(image)));
    }
    return record;
  }

  static List<Map<String, Object>> facets(PostText post) {
    List<Map<String, Object>> facets = new ArrayList<>();
    int at = 0;
    for (Piece piece : post.pieces()) {
      int end = at + piece.text().getBytes(StandardCharsets.UTF_8).length;
      if (piece.link() != null && end > at) {
        facets.add(
            Map.of(
                "index",
                Map.of("byteStart", at, "byteEnd", end),
                "features",
                List.of(Map.of("$type", "app.bsky.richtext.facet#link", "uri", piece.link()))));
      }
      at = end;
    }
    return facets;
  }

  private static Piece shorten(Piece piece) {
    if (!piece.isBareLink()) {
      return piece;
    }
    String shown = piece.text().replaceFirst("^(?i)https?://(www\\.)?", "");
    if (shown.matches("[^/]+/")) {
      shown = shown.substring(0, shown.length() - 1);
    }
    if (shown.length() > SHOWN_ADDRESS) {
      shown = shown.substring(0, SHOWN_ADDRESS - 1) + PostText.ELLIPSIS;
    }
    return new Piece(shown, piece.link());
  }
}
