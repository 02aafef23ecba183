package ai.trae.content.media;

import ai.trae.platform.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * An upload copied to a temporary file as it arrives, through a SHA-256 digest and a byte count
 * that stops at the limit: memory holds one buffer whatever the size, and a file over the limit is
 * refused at the first byte past it, without reading the rest.
 *
 * @param file the temporary file; the caller deletes it
 * @param sha256 hex digest of every byte
 * @param size bytes read
 */
record Spool(Path file, String sha256, long size) {

  private static final int BUFFER = 64 * 1024;

  static Spool of(InputStream in, Path directory, long maxBytes) throws IOException {
    Files.createDirectories(directory);
    Path file = Files.createTempFile(directory, "upload-", ".part");
    MessageDigest digest = newDigest();
    long total = 0;
    try (OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[BUFFER];
      for (int n; (n = in.read(buffer)) != -1; ) {
        total += n;
        if (total > maxBytes) {
          throw new ProblemException(
              MediaProblem.MEDIA_TOO_LARGE,
              "The file is larger than the %d bytes this server accepts; nothing was stored."
                  .formatted(maxBytes));
        }
        digest.update(buffer, 0, n);
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException ex) {
      Files.deleteIfExists(file);
      throw ex;
    }
    return new Spool(file, HexFormat.of().formatHex(digest.digest()), total);
  }

  static MessageDigest newDigest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("every JDK has SHA-256", ex);
    }
  }
}
