package ai.trae.content.media;

import ai.trae.platform.database.DataProperties;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Where uploads and variants are written before they go to storage: {@code <data dir>/tmp/media},
 * on disk rather than in {@code /tmp}, which may be memory. A node that stopped mid-upload leaves
 * its part file behind; the next start deletes part files older than {@link #LEFTOVER}.
 */
@Component
class MediaSpool {

  /**
   * Far longer than any upload or variants run takes, so that on a data directory shared by several
   * nodes another node's file in progress is never taken.
   */
  static final Duration LEFTOVER = Duration.ofHours(1);

  private static final Logger log = LoggerFactory.getLogger(MediaSpool.class);

  private final Path directory;
  private final Clock clock;

  MediaSpool(DataProperties data, Clock clock) {
    this.directory = data.absoluteDir().resolve("tmp").resolve("media");
    this.clock = clock;
  }

  Path directory() {
    return directory;
  }

  Path newFile() throws IOException {
    Files.createDirectories(directory);
    return Files.createTempFile(directory, "media-", ".part");
  }

  @EventListener(ApplicationReadyEvent.class)
  void sweepOnStart() {
    int deleted = sweep(clock.instant().minus(LEFTOVER));
    if (deleted > 0) {
      log.info("Deleted {} half-written media file(s) left by an earlier stop", deleted);
    }
  }

  /**
   * Deletes the part files last written before {@code before}.
   *
   * @return how many
   */
  int sweep(Instant before) {
    if (!Files.isDirectory(directory)) {
      return 0;
    }
    int deleted = 0;
    try (DirectoryStream<Path> parts = Files.newDirectoryStream(directory, "*.part")) {
      for (Path part : parts) {
        try {
          if (Files.getLastModifiedTime(part).toInstant().isBefore(before)
              && Files.deleteIfExists(part)) {
            deleted++;
          }
        } catch (NoSuchFileException gone) {
          // finished and moved meanwhile
        }
      }
    } catch (IOException ex) {
      throw new UncheckedIOException("Could not clear the media spool " + directory, ex);
    }
    return deleted;
  }
}
