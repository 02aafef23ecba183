package ai.trae.content.publishing.social;

import ai.trae.content.publishing.social.PostText.Piece;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.Parser;

/**
 * Markdown to the plain text a social post carries: the words a reader sees, paragraphs kept apart,
 * list items bulleted, links kept as pieces (http and https only), images and raw HTML dropped.
 */
final class MarkdownText extends AbstractVisitor {

  // the same autolinking as the preview's renderer, so a bare address is a link in both
  private static final Parser PARSER =
      Parser.builder().extensions(List.of(AutolinkExtension.create())).build();

  private final StringBuilder out = new StringBuilder();
  private final List<int[]> spans = new ArrayList<>();
  private final List<String> targets = new ArrayList<>();
  private String pending = "";

  private MarkdownText() {}

  static PostText pieces(String markdown) {
    MarkdownText text = new MarkdownText();
    PARSER.parse(markdown).accept(text);
    return text.result();
  }

  private PostText result() {
    List<Piece> pieces = new ArrayList<>();
    int at = 0;
    for (int i = 0; i < spans.size(); i++) {
      int[] span = spans.get(i);
      if (span[0] > at) {
        pieces.add(Piece.plain(out.substring(at, span[0])));
      }
      pieces.add(new Piece(out.substring(span[0], span[1]), targets.get(i)));
      at = span[1];
    }
    if (at < out.length()) {
      pieces.add(Piece.plain(out.substring(at)));
    }
    return new PostText(pieces);
  }

  private void write(String text) {
    if (text.isEmpty()) {
      return;
    }
    if (!out.isEmpty()) {
      out.append(pending);
    }
    pending = "";
    out.append(text);
  }

  /** A break before the next text, the wider of the two when blocks nest. */
  private void separate(String separator) {
    if (separator.length() > pending.length()) {
      pending = separator;
    }
  }

  @Override
  public void visit(Text text) {
    write(text.getLiteral());
  }

  @Override
  public void visit(Code code) {
    write(code.getLiteral());
  }

  @Override
  public void visit(SoftLineBreak softLineBreak) {
    // a social post keeps the lines its author typed
    separate("\n");
  }

  @Override
  public void visit(HardLineBreak hardLineBreak) {
    separate("\n");
  }

  @Override
  public void visit(Paragraph paragraph) {
    boolean firstInItem =
        paragraph.getParent() instanceof ListItem && paragraph.getPrevious() == null;
    if (!firstInItem) {
      separate("\n\n");
    }
    visitChildren(paragraph);
  }

  @Override
  public void visit(Heading heading) {
    separate("\n\n");
    visitChildren(heading);
  }

  @Override
  public void visit(BlockQuote blockQuote) {
    separate("\n\n");
    visitChildren(blockQuote);
  }

  @Override
  public void visit(BulletList list) {
    separate("\n\n");
    visitChildren(list);
  }

  @Override
  public void visit(OrderedList list) {
    separate("\n\n");
    visitChildren(list);
  }

  @Override
  public void visit(ListItem item) {
    separate("\n");
    write("• ");
    visitChildren(item);
  }

  @Override
  public void visit(FencedCodeBlock code) {
    separate("\n\n");
    write(code.getLiteral().stripTrailing());
  }

  @Override
  public void visit(IndentedCodeBlock code) {
    separate("\n\n");
    write(code.getLiteral().stripTrailing());
  }

  @Override
  public void visit(ThematicBreak thematicBreak) {
    separate("\n\n");
  }

  @Override
  public void visit(HtmlBlock htmlBlock) {}

  @Override
  public void visit(HtmlInline htmlInline) {}

  @Override
  public void visit(Image image) {}

  @Override
  public void visit(Link link) {
    String target = link.getDestination();
    String scheme = target.toLowerCase(Locale.ROOT);
    if (!scheme.startsWith("https://") && !scheme.startsWith("http://")) {
      visitChildren(link);
      return;
    }
    if (!out.isEmpty()) {
      out.append(pending);
    }
    pending = "";
    int start = out.length();
    visitChildren(link);
    if (out.length() == start) {
      out.append(target);
    }
    spans.add(new int[] {start, out.length()});
    targets.add(target);
  }
}
