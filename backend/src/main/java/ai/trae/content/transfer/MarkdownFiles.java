package ai.trae.content.transfer;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ItemContent;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * An item as a Markdown file: YAML front matter with every field (variants, sections and SEO
 * included), then the body exactly as stored. {@link FrontMatterReader} reads it back.
 */
final class MarkdownFiles {

  static final String FENCE = "---";

  private static final YAMLMapper YAML =
      YAMLMapper.builder()
          .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
          // multi-line texts (variant bodies, sections) stay readable
          .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
          .build();

  private MarkdownFiles() {}

  /** Where the item goes in an export: unique, since a slug is unique per type. */
  static String path(ContentItem item) {
    return item.type().value() + "/" + item.content().slug() + ".md";
  }

  static String write(ContentItem item) {
    ItemContent c = item.content();
    Map<String, Object> matter = new LinkedHashMap<>();
    matter.put("id", item.id().toString());
    matter.put("type", item.type().value());
    matter.put("status", item.status().value());
    matter.put("title", c.title());
    matter.put("slug", c.slug());
    matter.put("summary", c.summary());
    matter.put("tags", c.tags());
    matter.put("coverMediaId", c.coverMediaId() == null ? null : c.coverMediaId().toString());
    matter.put("seo", c.seo());
    matter.put("channels", c.channels());
    matter.put("variants", c.variants());
    matter.put("subject", c.subject());
    matter.put("sections", c.sections());
    matter.put("author", item.authorId().toString());
    matter.put("coAuthors", c.coAuthorIds().stream().map(Object::toString).toList());
    matter.put("createdAt", item.createdAt().toString());
    matter.put("updatedAt", item.updatedAt().toString());
    matter.put("publishedAt", item.publishedAt() == null ? null : item.publishedAt().toString());
    return FENCE + "\n" + YAML.writeValueAsString(matter) + FENCE + "\n\n" + c.body();
  }
}
