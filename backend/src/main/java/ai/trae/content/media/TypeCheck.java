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
    MediaType byName = MediaType.parse(TIKA.detect(fileName.toLowerCase(Locale.ROOT)));
    if (claimsOther(byName, sniffed)) {
      throw mismatch("Its name says " + byName + ", its bytes are " + sniffed + ".");
    }
    MediaType declared = declaredType == null ? null : MediaType.parse(declaredType);
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
