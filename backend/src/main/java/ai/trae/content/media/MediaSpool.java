package ai.trae.content.media;

import ai.trae.platform.database.DataProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.stereotype.Component;

/**
 * Where uploads and variants are written before they go to storage: {@code <data dir>/tmp/media},
 * on disk rather than in {@code /tmp}, which may be memory.
 */
@Component
class MediaSpool {

  private final Path directory;

  MediaSpool(DataProperties data) {
    this.directory = data.absoluteDir().resolve("tmp").resolve("media");
  }

  Path directory() {
    return directory;
  }

  Path newFile() throws IOException {
    Files.createDirectories(directory);
    return Files.createTempFile(directory, "media-", ".part");
  }
}
