package ai.trae.content.transfer;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Section;
import ai.trae.content.item.ItemContent.Seo;
import ai.trae.content.item.ItemContent.Variant;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a Markdown file with YAML front matter: TRAE's own export, and the front matter of Hugo,
 * Jekyll, Astro and Ghost's Markdown export ({@code date}, {@code draft}, {@code description},
 * {@code categories}, {@code excerpt}, {@code pubDate}). Anything it cannot read is an {@link
 * Unreadable} naming the file's line.
 */
final class FrontMatterReader {

  private static final YAMLMapper YAML = YAMLMapper.builder().build();
  private static final Pattern KEY = Pattern.compile("^([A-Za-z_][\\w-]*)\\s*:");
  private static final Pattern JEKYLL_DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}-");
  private static final Map<String, String> ALIASES =
      Map.of("summary", "description", "coAuthorIds", "coAuthors", "tags", "categories");

  /** A file that cannot be imported, and the line (1-based) at fault. */
  static final class Unreadable extends RuntimeException {
    final int line;

    Unreadable(int line, String message) {
      super(message, null, false, false);
      this.line = line;
    }
  }

  private FrontMatterReader() {}

  static @Nullable String aliasOf(String key) {
    return ALIASES.get(key);
  }

  /**
   * @param name the file's path in the upload, for a slug and a type when the front matter has none
   *     ({@code blog-post/my-post.md}, Hugo's {@code posts/my-post/index.md})
   */
  static ImportedFile read(String name, String text) {
    String normalised = text.replace("\r\n", "\n").replace('\r', '\n');
    if (normalised.startsWith("\uFEFF")) {
      normalised = normalised.substring(1);
    }
    String[] lines = normalised.split("\n", -1);
    if (lines[0].strip().equals("+++")) {
      throw new Unreadable(
          1, "TOML front matter (+++) is not supported; use YAML between --- lines");
    }
    if (!lines[0].strip().equals(MarkdownFiles.FENCE)) {
      throw new Unreadable(1, "The file must start with YAML front matter: a --- line");
    }
    int close = 1;
    while (close < lines.length
        && !lines[close].strip().equals("---")
        && !lines[close].strip().equals("...")) {
      close++;
    }
    if (close == lines.length) {
      throw new Unreadable(1, "The front matter is not closed by a --- line");
    }
    StringBuilder yaml = new StringBuilder();
    Map<String, Integer> keyLines = new HashMap<>();
    for (int i = 1; i < close; i++) {
      yaml.append(lines[i]).append('\n');
      Matcher key = KEY.matcher(lines[i]);
      if (key.find()) {
        keyLines.putIfAbsent(key.group(1), i + 1);
      }
    }
    JsonNode matter = parse(yaml.toString());
    String body =
        String.join("\n", java.util.Arrays.asList(lines).subList(close + 1, lines.length));
    if (body.startsWith("\n")) {
      body = body.substring(1);
    }
    return new Fields(matter, keyLines).file(name, body);
  }

  private static JsonNode parse(String yaml) {
    try {
      JsonNode node = YAML.readTree(yaml);
      if (node == null || node.isMissingNode() || node.isNull()) {
        return YAML.createObjectNode();
      }
      if (!node.isObject()) {
        throw new Unreadable(2, "The front matter must be a map of keys to values");
      }
      return node;
    } catch (JacksonException ex) {
      int line = ex.getLocation() == null ? 0 : ex.getLocation().getLineNr();
      // the YAML starts on the file's second line
      throw new Unreadable(Math.max(line, 1) + 1, "Invalid YAML: " + ex.getOriginalMessage());
    }
  }

  /** The front matter's values, each failure reported at its key's line. */
  private record Fields(JsonNode matter, Map<String, Integer> lines) {

    ImportedFile file(String name, String body) {
      String title = text("title");
      if (title == null || title.isBlank()) {
        throw new Unreadable(line("title"), "The front matter has no title");
      }
      ContentStatus status = status();
      ItemContent content =
          new ItemContent(
              title,
              slug(name),
              first("summary", "description", "excerpt", "custom_excerpt"),
              body,
              tags(),
              uuid("coverMediaId"),
              seo(),
              strings("channels"),
              list("variants", Variant.class),
              text("subject"),
              list("sections", Section.class),
              strings("coAuthors").stream().map(v -> uuidOf("coAuthors", v)).toList());
      Instant created = instant("createdAt", "date", "created_at", "publishDate", "pubDate");
      Instant published =
          matter.has("publishedAt")
              ? instant("publishedAt")
              : status == ContentStatus.DRAFT
                  ? null
                  : instant("published_at", "publishDate", "pubDate", "date");
      return new ImportedFile(
          type(name), status, content, created, published, uuid("author"), Map.copyOf(lines));
    }

    private ContentType type(String name) {
      String given = text("type");
      if (given != null) {
        return ContentType.parse(given)
            .orElseThrow(() -> new Unreadable(line("type"), "Unknown type " + given));
      }
      String folder = name.contains("/") ? name.substring(0, name.indexOf('/')) : "";
      return ContentType.parse(folder).orElse(ContentType.BLOG_POST);
    }

    private @Nullable ContentStatus status() {
      String given = text("status");
      if (given != null) {
        return ContentStatus.parse(given)
            .orElseThrow(() -> new Unreadable(line("status"), "Unknown status " + given));
      }
      return matter.path("draft").asBoolean(false) ? ContentStatus.DRAFT : null;
    }

    /**
     * The file's own slug, else its name: {@code 2024-01-15-my-post.md}, {@code my-post/index.md}.
     */
    private String slug(String name) {
      String given = text("slug");
      if (given != null) {
        return given;
      }
      String[] parts = name.split("/");
      String stem = parts[parts.length - 1].replaceFirst("\\.(md|markdown)$", "");
      if (stem.equals("index") && parts.length > 1) {
        stem = parts[parts.length - 2];
      }
      stem = JEKYLL_DATE.matcher(stem).replaceFirst("");
      return stem.toLowerCase(java.util.Locale.ROOT)
          .replaceAll("[^a-z0-9]+", "-")
          .replaceAll("^-|-$", "");
    }

    /** Tags and categories alike: lists, or strings separated by commas (Jekyll: spaces). */
    private List<String> tags() {
      Set<String> tags = new LinkedHashSet<>(strings("tags"));
      tags.addAll(strings("categories"));
      return List.copyOf(tags);
    }

    private Seo seo() {
      JsonNode seo = matter.get("seo");
      if (seo != null && seo.isObject()) {
        return new Seo(
            textOf(seo.get("metaTitle")),
            textOf(seo.get("metaDescription")),
            textOf(seo.get("canonicalUrl")));
      }
      return new Seo(
          first("meta_title", "metaTitle"),
          first("meta_description", "metaDescription"),
          first("canonical_url", "canonicalURL", "canonical"));
    }

    private List<String> strings(String key) {
      JsonNode node = matter.get(key);
      List<String> values = new ArrayList<>();
      if (node == null || node.isNull()) {
        return values;
      }
      if (node.isArray()) {
        node.forEach(
            v -> values.add(v.isValueNode() ? v.asString() : fail(key, "a list of texts")));
      } else if (node.isValueNode()) {
        String text = node.asString();
        for (String v : text.contains(",") ? text.split(",") : text.split("\\s+")) {
          values.add(v);
        }
      } else {
        fail(key, "a list of texts");
      }
      return values.stream().map(String::strip).filter(v -> !v.isEmpty()).toList();
    }

    private <T> List<T> list(String key, Class<T> type) {
      JsonNode node = matter.get(key);
      if (node == null || node.isNull()) {
        return List.of();
      }
      try {
        List<T> values =
            YAML.treeToValue(node, YAML.getTypeFactory().constructCollectionType(List.class, type));
        return values == null ? List.of() : values;
      } catch (JacksonException | NullPointerException ex) {
        throw new Unreadable(line(key), key + " is not in the shape TRAE exports");
      }
    }

    private @Nullable String first(String... keys) {
      for (String key : keys) {
        String value = text(key);
        if (value != null) {
          return value;
        }
      }
      return null;
    }

    private @Nullable String text(String key) {
      JsonNode node = matter.get(key);
      if (node != null && !node.isNull() && !node.isValueNode()) {
        fail(key, "a text");
      }
      return textOf(node);
    }

    private @Nullable Instant instant(String... keys) {
      for (String key : keys) {
        String value = text(key);
        if (value != null) {
          return Dates.parse(value)
              .orElseThrow(() -> new Unreadable(line(key), key + " is not a date: " + value));
        }
      }
      return null;
    }

    private @Nullable UUID uuid(String key) {
      String value = text(key);
      return value == null ? null : uuidOf(key, value);
    }

    private UUID uuidOf(String key, String value) {
      try {
        return UUID.fromString(value);
      } catch (IllegalArgumentException ex) {
        throw new Unreadable(line(key), key + " is not an id: " + value);
      }
    }

    private String fail(String key, String expected) {
      throw new Unreadable(line(key), key + " must be " + expected);
    }

    private int line(String key) {
      return lines.getOrDefault(key, 1);
    }

    private static @Nullable String textOf(@Nullable JsonNode node) {
      return node == null || node.isNull() ? null : node.asString();
    }
  }
}
