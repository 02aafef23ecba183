package ai.trae.content.item;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kinds of content and what each has: which panels (SEO, summary, video sections, newsletter
 * subject) and how long each field may be. The API publishes these ({@code GET
 * /api/v1/content/types}) so the editor enforces the limits the server checks.
 */
public enum ContentType {
  ARTICLE("article", "Article", true, true, false, false, new Limits(200, 500, 200_000)),
  BLOG_POST("blog-post", "Blog post", true, true, false, false, new Limits(200, 500, 200_000)),
  SOCIAL_POST("social-post", "Social post", false, false, false, false, new Limits(200, 0, 3_000)),
  VIDEO_SCRIPT(
      "video-script", "Video script", false, true, true, false, new Limits(200, 1_000, 100_000)),
  NEWSLETTER("newsletter", "Newsletter", false, true, false, true, new Limits(200, 500, 100_000));

  /** Most sections a video script may have, and the longest subject line. */
  public static final int MAX_SECTIONS = 100;

  public static final int MAX_SUBJECT = 150;

  /**
   * @param title longest title, in characters
   * @param summary longest summary; 0 when the type has none
   * @param body longest body (Markdown source)
   */
  public record Limits(int title, int summary, int body) {}

  private final String value;
  private final String label;
  private final boolean seo;
  private final boolean summary;
  private final boolean sections;
  private final boolean subject;
  private final Limits limits;

  ContentType(
      String value,
      String label,
      boolean seo,
      boolean summary,
      boolean sections,
      boolean subject,
      Limits limits) {
    this.value = value;
    this.label = label;
    this.seo = seo;
    this.summary = summary;
    this.sections = sections;
    this.subject = subject;
    this.limits = limits;
  }

  @JsonValue
  public String value() {
    return value;
  }

  public String label() {
    return label;
  }

  public boolean hasSeo() {
    return seo;
  }

  public boolean hasSummary() {
    return summary;
  }

  public boolean hasSections() {
    return sections;
  }

  public boolean hasSubject() {
    return subject;
  }

  public Limits limits() {
    return limits;
  }

  public static Optional<ContentType> parse(String value) {
    return Arrays.stream(values()).filter(t -> t.value.equals(value)).findFirst();
  }

  public static ContentType of(String value) {
    return parse(value).orElseThrow(() -> new IllegalArgumentException("type " + value));
  }
}
