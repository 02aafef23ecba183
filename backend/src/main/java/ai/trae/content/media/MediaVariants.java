package ai.trae.content.media;

import ai.trae.content.media.storage.MediaStorage;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import net.coobird.thumbnailator.Thumbnails;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Makes an image's variants (the {@code content.media-variants} job, queued by the upload's
 * transaction): each width it is wider than, plus the thumbnail always, in the original's family
 * (JPEG for photos, PNG where transparency may matter) and as WebP. An image that cannot be read
 * gets no variants; a storage failure fails the run, and db-scheduler tries again later.
 */
@Component
class MediaVariants {

  static final String TASK = "content.media-variants";

  record Spec(String name, int width) {}

  static final List<Spec> SPECS =
      List.of(new Spec("thumbnail", 320), new Spec("medium", 960), new Spec("large", 1920));

  private static final Logger log = LoggerFactory.getLogger(MediaVariants.class);

  private final MediaRows rows;
  private final MediaStorage storage;
  private final MediaSpool spool;
  private final Clock clock;

  MediaVariants(MediaRows rows, MediaStorage storage, MediaSpool spool, Clock clock) {
    this.rows = rows;
    this.storage = storage;
    this.spool = spool;
    this.clock = clock;
  }

  void make(UUID id) throws IOException {
    Media media = rows.byId(id).orElse(null);
    if (media == null
        || !media.variants().isEmpty()
        || !MediaTypes.isRaster(media.mediaType())
        || media.width() == null
        || media.height() == null) {
      return;
    }
    if ((long) media.width() * media.height() > Images.MAX_PIXELS) {
      log.info("Media {} has {} x {} pixels: no variants", id, media.width(), media.height());
      return;
    }
    Path original = spool.newFile();
    List<Path> written = new ArrayList<>();
    try {
      try (InputStream in = storage.open(media.storageKey(), null)) {
        Files.copy(in, original, StandardCopyOption.REPLACE_EXISTING);
      } catch (NoSuchFileException deleted) {
        // the file was deleted after the row was read: nothing to make
        return;
      }
      BufferedImage source;
      try {
        source = Images.read(original, SPECS.getLast().width());
      } catch (IOException | RuntimeException unreadable) {
        log.info("Media {} could not be decoded: no variants ({})", id, unreadable.toString());
        return;
      }
      List<Media.Variant> made = new ArrayList<>();
      boolean jpeg = media.mediaType().equals(MediaTypes.JPEG);
      for (Spec spec : SPECS) {
        if (spec.width() >= media.width() && !spec.equals(SPECS.getFirst())) {
          continue;
        }
        BufferedImage scaled =
            Thumbnails.of(source).width(Math.min(spec.width(), media.width())).asBufferedImage();
        made.add(
            store(
                media.id(),
                spec.name(),
                jpeg ? MediaTypes.JPEG : MediaTypes.PNG,
                scaled,
                jpeg ? Images::writeJpeg : Images::writePng,
                written));
        made.add(
            store(
                media.id(),
                spec.name() + "-webp",
                MediaTypes.WEBP,
                scaled,
                Images::writeWebp,
                written));
      }
      rows.setVariants(id, made, clock.instant());
      if (rows.byId(id).isEmpty()) {
        // deleted while the variants were made
        for (Media.Variant v : made) {
          storage.delete(v.storageKey(id));
        }
      }
    } finally {
      Files.deleteIfExists(original);
      for (Path file : written) {
        Files.deleteIfExists(file);
      }
    }
  }

  private interface Encoder {
    void write(BufferedImage image, OutputStream out) throws IOException;
  }

  private Media.Variant store(
      UUID id, String name, String type, BufferedImage image, Encoder encoder, List<Path> written)
      throws IOException {
    Path file = spool.newFile();
    written.add(file);
    try (OutputStream out = Files.newOutputStream(file)) {
      encoder.write(image, out);
    }
    Media.Variant variant =
        new Media.Variant(name, type, image.getWidth(), image.getHeight(), Files.size(file));
    storage.put(variant.storageKey(id), file, type);
    return variant;
  }
}
