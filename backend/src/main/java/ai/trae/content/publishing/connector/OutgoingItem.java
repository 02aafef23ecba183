package ai.trae.content.publishing.connector;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A published item as one channel gets it: the channel's variant already applied (its title and
 * body replace the item's), the body as Markdown and as sanitised HTML (the preview's renderer).
 *
 * @param url where TRAE serves the item (the delivery API or the canonical URL), for links back
 * @param version the item's history version this delivery carries
 */
public record OutgoingItem(
    UUID id,
    String type,
    String title,
    String slug,
    @Nullable String summary,
    String markdown,
    String html,
    List<String> tags,
    @Nullable MediaFile cover,
    @Nullable String subject,
    @Nullable String metaTitle,
    @Nullable String metaDescription,
    @Nullable String canonicalUrl,
    @Nullable String url,
    @Nullable Instant publishedAt,
    int version) {

  public OutgoingItem {
    tags = List.copyOf(tags);
  }

  /**
   * A media file a connector may upload (a featured image, an attachment, a blob).
   *
   * @param url an absolute URL readers can load (a long-cached variant or a signed URL)
   */
  public record MediaFile(
      UUID id,
      String fileName,
      String mediaType,
      long size,
      @Nullable String altText,
      @Nullable Integer width,
      @Nullable Integer height,
      String url,
      Content content) {

    public InputStream open() throws IOException {
      return content.open();
    }
  }

  /** Opens the stored bytes; each call a new stream the caller closes. */
  @FunctionalInterface
  public interface Content {
    InputStream open() throws IOException;
  }
}
