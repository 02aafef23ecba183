package ai.trae.content.render;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Variant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * An item as a channel will show it: its title and its text as safe HTML, from the channel's
 * variant where it has one and from the main text otherwise. A video script's sections follow its
 * body, each under its heading.
 */
@Component
public class ItemRenderer {

  private final MarkdownRenderer markdown;

  ItemRenderer(MarkdownRenderer markdown) {
    this.markdown = markdown;
  }

  /** A title (plain text, for the caller to escape) and the HTML of the text. */
  public record Rendered(@Nullable String channel, String title, String html) {}

  /** The main text, as every channel without a variant shows it. */
  public Rendered main(ContentItem item) {
    ItemContent c = item.content();
    StringBuilder source = new StringBuilder(c.body());
    for (ItemContent.Section section : c.sections()) {
      // the heading is text, not Markdown: escape what would start markup
      source.append("\n\n## ").append(escapeInline(section.heading())).append("\n\n");
      source.append(section.body());
    }
    return new Rendered(null, c.title(), markdown.toHtml(source.toString()));
  }

  /** The channel's variant, or the main text when the item has none for it (or channel is null). */
  public Rendered forChannel(ContentItem item, @Nullable String channel) {
    if (channel == null || channel.isBlank()) {
      return main(item);
    }
    Optional<Variant> variant =
        item.content().variants().stream().filter(v -> v.channel().equals(channel)).findFirst();
    if (variant.isEmpty()) {
      Rendered main = main(item);
      return new Rendered(channel, main.title(), main.html());
    }
    return variant(item, variant.get());
  }

  /** Every variant, in the item's order. */
  public List<Rendered> variants(ContentItem item) {
    return item.content().variants().stream().map(v -> variant(item, v)).toList();
  }

  private Rendered variant(ContentItem item, Variant v) {
    String title = v.title() == null ? item.content().title() : v.title();
    return new Rendered(v.channel(), title, markdown.toHtml(v.body()));
  }

  private static String escapeInline(String text) {
    return text.replaceAll("[\\\\`*_{}\\[\\]()#+\\-.!<>|~&]", "\\\\$0")
        .replaceAll("[\\r\\n]+", " ");
  }
}
