package ai.trae.content.media;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One file of the library.
 *
 * @param sha256 hex SHA-256 of the uploaded bytes: unique, and the content's strong ETag
 * @param fileName sanitised: no path, no control characters, at most {@link FileNames#MAX_LENGTH}
 *     characters
 * @param mediaType what the bytes are, as sniffed
 * @param size bytes stored (after metadata was removed)
 * @param width pixels, for images TRAE can read; null otherwise
 * @param variants what the variants job made (none yet, or none for what is not a raster image)
 * @param version the metadata's row version
 */
public record Media(
    UUID id,
    String sha256,
    String fileName,
    String mediaType,
    MediaKind kind,
    long size,
    @Nullable Integer width,
    @Nullable Integer height,
    String altText,
    List<Variant> variants,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Media {
    variants = List.copyOf(variants);
  }

  public String storageKey() {
    return id + "/original";
  }

  public Optional<Variant> variant(String name) {
    return variants.stream().filter(v -> v.name().equals(name)).findFirst();
  }

  /** SVG can carry scripts: it is only ever served as a download in a sandbox. */
  public boolean isSvg() {
    return mediaType.equals(MediaTypes.SVG);
  }

  /**
   * A variant of this media.
   *
   * @param name {@code thumbnail}, {@code medium}, {@code large}, or one of those with {@code
   *     -webp}
   */
  public record Variant(String name, String mediaType, int width, int height, long size) {

    public String storageKey(UUID mediaId) {
      return mediaId + "/" + name;
    }
  }
}
