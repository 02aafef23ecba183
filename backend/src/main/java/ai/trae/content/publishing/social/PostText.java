package ai.trae.content.publishing.social;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * A post's text as pieces, some of them links: Bluesky turns a linked piece into a facet over its
 * text, Mastodon writes the address out. Kept as pieces until the end so that cutting a post to a
 * network's limit never splits an address or leaves a facet pointing past the text.
 */
public record PostText(List<Piece> pieces) {

  public static final String ELLIPSIS = "…";

  /**
   * @param link the http(s) address this text points to, or null for plain text
   */
  public record Piece(String text, @Nullable String link) {

    public static Piece plain(String text) {
      return new Piece(text, null);
    }

    /** A bare address, shown as itself. */
    public boolean isBareLink() {
      return text.equals(link);
    }
  }

  /** How a network counts a post's length. */
  public interface Counting {

    int weight(Piece piece);

    /** True when a piece is kept whole or dropped, never cut (an address). */
    default boolean atomic(Piece piece) {
      return false;
    }
  }

  /** What readers count as one character: a flag or a family emoji is one (Bluesky's rule). */
  public static final Counting GRAPHEMES = piece -> graphemes(piece.text());

  public PostText {
    pieces = List.copyOf(pieces);
  }

  public static PostText of(Piece... pieces) {
    return new PostText(List.of(pieces));
  }

  public static PostText fromMarkdown(String markdown) {
    return MarkdownText.pieces(markdown);
  }

  public String text() {
    StringBuilder text = new StringBuilder();
    pieces.forEach(p -> text.append(p.text()));
    return text.toString();
  }

  public boolean isBlank() {
    return text().isBlank();
  }

  public int weight(Counting counting) {
    return pieces.stream().mapToInt(counting::weight).sum();
  }

  public PostText map(UnaryOperator<Piece> change) {
    return new PostText(pieces.stream().map(change).toList());
  }

  public PostText append(PostText tail) {
    List<Piece> all = new ArrayList<>(pieces);
    all.addAll(tail.pieces);
    return new PostText(all);
  }

  /**
   * This text followed by {@code tail} (the link back), within {@code limit}: the tail is always
   * kept whole, this text is cut at a word where one is near, and an ellipsis marks the cut.
   */
  public PostText fit(int limit, PostText tail, Counting counting) {
    int tailWeight = tail.weight(counting);
    if (weight(counting) + tailWeight <= limit) {
      return append(tail);
    }
    int budget = limit - tailWeight - graphemes(ELLIPSIS);
    List<Piece> kept = new ArrayList<>();
    int used = 0;
    for (Piece piece : pieces) {
      int weight = counting.weight(piece);
      if (used + weight <= budget) {
        kept.add(piece);
        used += weight;
        continue;
      }
      if (!counting.atomic(piece) && budget - used > 0) {
        kept.add(new Piece(cut(piece.text(), budget - used), piece.link()));
      }
      break;
    }
    trimEnd(kept);
    if (kept.isEmpty()) {
      return new PostText(tail.pieces).trimStart();
    }
    kept.add(Piece.plain(ELLIPSIS));
    return new PostText(kept).append(tail);
  }

  private PostText trimStart() {
    List<Piece> all = new ArrayList<>(pieces);
    while (!all.isEmpty() && all.getFirst().link() == null && all.getFirst().text().isBlank()) {
      all.removeFirst();
    }
    return new PostText(all);
  }

  private static void trimEnd(List<Piece> pieces) {
    while (!pieces.isEmpty()) {
      Piece last = pieces.getLast();
      String text = last.text().stripTrailing();
      if (!text.isEmpty()) {
        pieces.set(pieces.size() - 1, new Piece(text, last.link()));
        return;
      }
      pieces.removeLast();
    }
  }

  /** The first {@code count} graphemes, ending at a space if one is in the second half. */
  static String cut(String text, int count) {
    BreakIterator graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(text);
    int end = graphemes.first();
    for (int i = 0; i < count; i++) {
      int next = graphemes.next();
      if (next == BreakIterator.DONE) {
        return text;
      }
      end = next;
    }
    String head = text.substring(0, end);
    int space = Math.max(head.lastIndexOf(' '), head.lastIndexOf('\n'));
    return space > head.length() / 2 ? head.substring(0, space) : head;
  }

  public static int graphemes(String text) {
    BreakIterator graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(text);
    int count = 0;
    while (graphemes.next() != BreakIterator.DONE) {
      count++;
    }
    return count;
  }
}
