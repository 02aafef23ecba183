package ai.trae.content.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * Where media bytes are kept, by key ({@code <media id>/original}, {@code <media id>/thumbnail}).
 * Objects are written once and never changed, so no implementation needs locking: a key is either
 * absent or complete.
 */
public interface MediaStorage {

  /** Keys are made by TRAE: lower-case letters, digits, dashes, dots and slashes, no "..". */
  static String checkedKey(String key) {
    if (!key.matches("[a-z0-9][a-z0-9./-]{0,255}") || key.contains("..") || key.endsWith("/")) {
      throw new IllegalArgumentException("Not a media key: " + key);
    }
    return key;
  }

  /** Stores the file's bytes under {@code key}, all or nothing. */
  void put(String key, Path source, String mediaType) throws IOException;

  /**
   * The object's bytes, or those of {@code range} within it (which the caller has checked against
   * the size it stored).
   *
   * @throws java.nio.file.NoSuchFileException when nothing is stored under the key
   */
  InputStream open(String key, @Nullable ByteRange range) throws IOException;

  /** Removes the object; nothing happens when there is none. */
  void delete(String key) throws IOException;

  boolean exists(String key) throws IOException;
}
