package ai.trae.content.transfer;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemContent;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One Markdown file read for import, before the item service checks it.
 *
 * @param status null: the file does not say (a foreign file without {@code draft})
 * @param authorId the exported author, when the file names one
 * @param lines the line each front-matter key is on, for reporting what the service refused
 */
record ImportedFile(
    ContentType type,
    @Nullable ContentStatus status,
    ItemContent content,
    @Nullable Instant createdAt,
    @Nullable Instant publishedAt,
    @Nullable UUID authorId,
    Map<String, Integer> lines) {

  /**
   * The line of the front-matter key a field path ({@code seo.metaTitle}, {@code tags[2]}) names.
   */
  @Nullable Integer lineOf(String field) {
    String key = field.split("[.\\[]", 2)[0];
    Integer line = lines.get(key);
    String alias = FrontMatterReader.aliasOf(key);
    return line != null || alias == null ? line : lines.get(alias);
  }
}
