package ai.trae.content.media;

import ai.trae.platform.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.tika.Tika;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypes;
import org.jspecify.annotations.Nullable;

/**
 * Decides what a file is from its bytes (Tika's magic numbers and XML root elements), never from
 * its name; then refuses a name or declared type that claims something else, and anything off the
 * allow-list.
 */
final class TypeCheck {

  private static final Tika TIKA = new Tika();
  private static final MediaTypeRegistry REGISTRY =
      MimeTypes.getDefaultMimeTypes().getMediaTypeRegistry();

  private TypeCheck() {}

  /** The sniffed, allowed media type of the file. */
  static String check(Path file, String fileName, @Nullable String declaredType)
      throws IOException {
    MediaType sniffed;
    try (InputStream in = TikaInputStream.get(file)) {
      // no name in the metadata: the detectors see only the bytes
      sniffed =
          REGISTRY.normalize(
              MediaType.parse(TIKA.getDetector().detect(in, new Metadata()).toString()));
    }
    sniffed = webm(file, isoMedia(file, sniffed));
    MediaType byName = MediaType.parse(TIKA.detect(fileName.toLowerCase(Locale.ROOT)));
    MediaType declared = declaredType == null ? null : MediaType.parse(declaredType);
    sniffed = audioOnly(sniffed, byName, declared);
    if (claimsOther(byName, sniffed)) {
      throw mismatch("Its name says " + byName + ", its bytes are " + sniffed + ".");
    }
    if (declared != null && claimsOther(REGISTRY.normalize(declared.getBaseType()), sniffed)) {
      throw mismatch(
          "It was sent as " + declared.getBaseType() + ", its bytes are " + sniffed + ".");
    }
    String type = sniffed.getBaseType().toString();
    if (MediaTypes.kindOf(type).isEmpty()) {
      throw new ProblemException(
          MediaProblem.MEDIA_TYPE_NOT_ALLOWED,
          "The file's bytes are " + type + ", which the media library does not take.");
    }
    return type;
  }

  /**
   * Tika core's magic calls every ISO base media file QuickTime unless its brand is one it lists
   * (ffmpeg writes {@code isom}, which it does not): the {@code ftyp} brand tells MP4 and M4A apart
   * from real QuickTime ({@code qt}).
   */
  private static MediaType isoMedia(Path file, MediaType sniffed) throws IOException {
    if (!sniffed.getBaseType().toString().equals("video/quicktime")) {
      return sniffed;
    }
    byte[] head = new byte[12];
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      if (in.readNBytes(head, 0, 12) < 12) {
        return sniffed;
      }
    }
    String box = new String(head, 4, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    String brand = new String(head, 8, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
    if (!box.equals("ftyp") || brand.equals("qt  ")) {
      return sniffed;
    }
    return MediaType.parse(brand.startsWith("M4A") ? "audio/mp4" : "video/mp4");
  }

  /** Tika core sees Matroska; the EBML header's DocType tells WebM. */
  private static MediaType webm(Path file, MediaType sniffed) throws IOException {
    if (!sniffed.getBaseType().toString().equals("application/x-matroska")) {
      return sniffed;
    }
    byte[] head;
    try (InputStream in = java.nio.file.Files.newInputStream(file)) {
      head = in.readNBytes(64);
    }
    String text = new String(head, java.nio.charset.StandardCharsets.ISO_8859_1);
    // DocType element (0x4282), size 0x84, "webm"
    return text.contains("\u0042\u0082\u0084webm") ? MediaType.parse("video/webm") : sniffed;
  }

  /**
   * WebM and MP4 containers hold sound as well as video, and only their tracks tell which: a name
   * or declared type saying audio in the same container is believed.
   */
  private static MediaType audioOnly(
      MediaType sniffed, MediaType byName, @Nullable MediaType declared) {
    String type = sniffed.getBaseType().toString();
    if (!type.equals("video/webm") && !type.equals("video/mp4")) {
      return sniffed;
    }
    MediaType audio = MediaType.parse(type.replace("video/", "audio/"));
    boolean claimed =
        REGISTRY.normalize(byName).equals(audio)
            || (declared != null && REGISTRY.normalize(declared.getBaseType()).equals(audio));
    return claimed ? audio : sniffed;
  }

  /** A claim of octet-stream says nothing; a claim of the type or one it specialises is right. */
  private static boolean claimsOther(MediaType claimed, MediaType sniffed) {
    if (claimed.equals(MediaType.OCTET_STREAM) || claimed.equals(sniffed.getBaseType())) {
      return false;
    }
    return !REGISTRY.isSpecializationOf(sniffed.getBaseType(), claimed)
        || claimed.equals(MediaType.TEXT_PLAIN);
  }

  private static ProblemException mismatch(String detail) {
    return new ProblemException(MediaProblem.MEDIA_TYPE_MISMATCH, detail + " Nothing was stored.");
  }
}
