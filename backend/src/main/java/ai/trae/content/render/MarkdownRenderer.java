package ai.trae.content.render;

import java.util.List;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Component;

/**
 * CommonMark + GFM (tables, task lists, strikethrough, autolinks) to HTML that is safe to put in a
 * page: the renderer passes raw HTML through (imported posts carry some), and {@link HtmlPolicy}
 * then keeps only what it allows. Parser, renderer and policy are immutable and thread-safe, so one
 * instance serves every request.
 */
@Component
public class MarkdownRenderer {

  private static final List<Extension> EXTENSIONS =
      List.of(
          TablesExtension.create(),
          StrikethroughExtension.create(),
          AutolinkExtension.create(),
          TaskListItemsExtension.create());

  private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

  // sanitizeUrls as a first line: the policy checks every URL again
  private final HtmlRenderer renderer =
      HtmlRenderer.builder().extensions(EXTENSIONS).sanitizeUrls(true).build();

  /** Sanitised HTML for the Markdown; empty for empty input. */
  public String toHtml(String markdown) {
    return HtmlPolicy.sanitize(renderer.render(parser.parse(markdown)));
  }
}
