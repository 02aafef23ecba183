package ai.trae.content.publishing.mastodon;

import ai.trae.content.publishing.connector.OutgoingItem;
import ai.trae.content.publishing.social.PostText;
import ai.trae.content.publishing.social.PostText.Piece;
import java.util.ArrayList;
import java.util.List;

/**
 * A status's text: the channel variant's Markdown as plain text, a link written out after its words
 * (a status is plain text; Mastodon links the address), and the link back to the item at the end,
 * all within the instance's limit as Mastodon counts it: graphemes, with every address counting as
 * 23 characters however long it is.
 */
final class StatusText {

  /** What Mastodon counts an address as (StatusLengthValidator's URL_PLACEHOLDER). */
  static final int URL_WEIGHT = 23;

  static final PostText.Counting COUNTING =
      new PostText.Counting() {
        @Override
        public int weight(Piece piece) {
          return atomic(piece) ? URL_WEIGHT : PostText.graphemes(piece.text());
        }

        @Override
        public boolean atomic(Piece piece) {
          return piece.link() != null;
        }
      };

  private StatusText() {}

  static String of(OutgoingItem item, int limit) {
    PostText body = writeOutLinks(PostText.fromMarkdown(item.markdown()));
    if (body.isBlank()) {
      body = PostText.of(Piece.plain(item.title()));
    }
    PostText tail =
        item.url() == null
            ? PostText.of()
            : PostText.of(Piece.plain("\n\n"), new Piece(item.url(), item.url()));
    return body.fit(limit, tail, COUNTING).text();
  }

  /** "words (address)" for a link whose words are not the address itself. */
  private static PostText writeOutLinks(PostText text) {
    List<Piece> pieces = new ArrayList<>();
    for (Piece piece : text.pieces()) {
      if (piece.link() == null || piece.isBareLink()) {
        pieces.add(piece);
      } else {
        pieces.add(Piece.plain(piece.text() + " ("));
        pieces.add(new Piece(piece.link(), piece.link()));
        pieces.add(Piece.plain(")"));
      }
    }
    return new PostText(pieces);
  }
}
