package ai.trae.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.platform.database.DataProperties;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A start clears what an earlier stop left half-written, and nothing a live upload is writing. */
class MediaSpoolTests {

  @TempDir Path data;

  @Test
  void onlyPartFilesOlderThanAnHourAreDeleted() throws Exception {
    Instant now = Instant.parse("2026-12-02T10:00:00Z");
    MediaSpool spool = new MediaSpool(new DataProperties(data), Clock.fixed(now, ZoneOffset.UTC));
    Path old = spool.newFile();
    Files.setLastModifiedTime(old, FileTime.from(now.minus(Duration.ofHours(2))));
    Path recent = spool.newFile();
    Files.setLastModifiedTime(recent, FileTime.from(now.minus(Duration.ofMinutes(5))));
    Path other = Files.writeString(spool.directory().resolve("notes.txt"), "kept");
    Files.setLastModifiedTime(other, FileTime.from(now.minus(Duration.ofDays(2))));

    spool.sweepOnStart();

    assertThat(old).doesNotExist();
    assertThat(recent).exists();
    assertThat(other).exists();
  }

  @Test
  void aSpoolThatWasNeverMadeIsNothingToClear() {
    MediaSpool spool = new MediaSpool(new DataProperties(data.resolve("fresh")), Clock.systemUTC());

    assertThat(spool.sweep(Instant.now())).isZero();
    assertThat(spool.directory()).doesNotExist();
  }
}
