package ai.trae.content.media;

import java.util.Map;
import java.util.Optional;

/**
 * The allow-list: what may be uploaded, by sniffed type (Tika's canonical names), and its kind.
 * Anything else, however it is named, is refused with 415.
 */
final class MediaTypes {

  static final String JPEG = "image/jpeg";
  static final String PNG = "image/png";
  static final String GIF = "image/gif";
  static final String WEBP = "image/webp";
  static final String SVG = "image/svg+xml";

  private static final Map<String, MediaKind> ALLOWED =
      Map.ofEntries(
          Map.entry(JPEG, MediaKind.IMAGE),
          Map.entry(PNG, MediaKind.IMAGE),
          Map.entry(GIF, MediaKind.IMAGE),
          Map.entry(WEBP, MediaKind.IMAGE),
          Map.entry(SVG, MediaKind.IMAGE),
          Map.entry("application/pdf", MediaKind.DOCUMENT),
          Map.entry("video/mp4", MediaKind.VIDEO),
          Map.entry("video/webm", MediaKind.VIDEO),
          Map.entry("video/quicktime", MediaKind.VIDEO),
          Map.entry("audio/mpeg", MediaKind.AUDIO),
          Map.entry("audio/mp4", MediaKind.AUDIO),
          Map.entry("audio/vnd.wave", MediaKind.AUDIO),
          Map.entry("audio/ogg", MediaKind.AUDIO),
          Map.entry("audio/webm", MediaKind.AUDIO));

  private MediaTypes() {}

  static Optional<MediaKind> kindOf(String mediaType) {
    return Optional.ofNullable(ALLOWED.get(mediaType));
  }

  /** Raster images whose pixels TRAE reads for their size and variants. */
  static boolean isRaster(String mediaType) {
    return mediaType.equals(JPEG)
        || mediaType.equals(PNG)
        || mediaType.equals(GIF)
        || mediaType.equals(WEBP);
  }
}
