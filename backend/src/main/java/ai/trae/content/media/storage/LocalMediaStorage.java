package ai.trae.content.media.storage;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import org.apache.commons.io.input.BoundedInputStream;
import org.jspecify.annotations.Nullable;

/**
 * Media in a directory (one node, or several sharing a network file system). A write goes to a
 * temporary file in the same directory tree and is moved into place atomically, so a reader never
 * sees half a file.
 */
public final class LocalMediaStorage implements MediaStorage {

  private final Path root;
  private final Path incoming;

  public LocalMediaStorage(Path root) throws IOException {
    this.root = root.toAbsolutePath().normalize();
    this.incoming = this.root.resolve(".incoming");
    Files.createDirectories(incoming);
  }

  @Override
  public void put(String key, Path source, String mediaType) throws IOException {
    Path target = path(key);
    Files.createDirectories(target.getParent());
    Path temporary = Files.createTempFile(incoming, "put-", ".part");
    try {
      Files.copy(source, temporary, StandardCopyOption.REPLACE_EXISTING);
      Files.move(
          temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  @Override
  public InputStream open(String key, @Nullable ByteRange range) throws IOException {
    Path file = path(key);
    if (range == null) {
      return Files.newInputStream(file);
    }
    FileChannel channel = FileChannel.open(file, StandardOpenOption.READ);
    channel.position(range.first());
    return BoundedInputStream.builder()
        .setInputStream(Channels.newInputStream(channel))
        .setMaxCount(range.length())
        .get();
  }

  @Override
  public void delete(String key) throws IOException {
    Files.deleteIfExists(path(key));
  }

  @Override
  public boolean exists(String key) {
    return Files.isRegularFile(path(key));
  }

  private Path path(String key) {
    Path file = root.resolve(MediaStorage.checkedKey(key)).normalize();
    if (!file.startsWith(root) || file.startsWith(incoming)) {
      throw new IllegalArgumentException("Not a media key: " + key);
    }
    return file;
  }
}
