package ai.trae.content.media;

import com.luciad.imageio.webp.WebPWriteParam;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * Reading and writing pixels through ImageIO (TwelveMonkeys' JPEG reader for CMYK and broken JPEGs,
 * the bundled libwebp for WebP). Freshly encoded images carry no metadata.
 */
final class Images {

  /** Above this, no variants are made: decoding would take too much memory. */
  static final long MAX_PIXELS = 100_000_000L;

  private Images() {}

  record Size(int width, int height) {}

  /** The size from the image's header, without decoding pixels; empty when unreadable. */
  static Optional<Size> size(Path file) {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        return Optional.empty();
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        return Optional.of(new Size(reader.getWidth(0), reader.getHeight(0)));
      } finally {
        reader.dispose();
      }
    } catch (IOException | RuntimeException unreadable) {
      return Optional.empty();
    }
  }

  /**
   * The first frame, subsampled while it is read so that it is no wider than needed (at least
   * {@code minWidth} when the image is): a 12,000-pixel photo never lives in memory whole.
   */
  static BufferedImage read(Path file, int minWidth) throws IOException {
    try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
      Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
      if (readers == null || !readers.hasNext()) {
        throw new IOException("No reader for this image");
      }
      ImageReader reader = readers.next();
      try {
        reader.setInput(in, true, true);
        int factor = Math.max(1, reader.getWidth(0) / minWidth);
        ImageReadParam param = reader.getDefaultReadParam();
        param.setSourceSubsampling(factor, factor, 0, 0);
        return reader.read(0, param);
      } finally {
        reader.dispose();
      }
    }
  }

  static void writeJpeg(BufferedImage image, OutputStream out) throws IOException {
    BufferedImage rgb = image;
    if (image.getColorModel().hasAlpha() || image.getType() != BufferedImage.TYPE_INT_RGB) {
      rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
      var g = rgb.createGraphics();
      g.setColor(java.awt.Color.WHITE);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.drawImage(image, 0, 0, null);
      g.dispose();
    }
    ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
    ImageWriteParam param = writer.getDefaultWriteParam();
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionQuality(0.85f);
    write(writer, param, rgb, out);
  }

  static void writePng(BufferedImage image, OutputStream out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    write(writer, writer.getDefaultWriteParam(), image, out);
  }

  static void writeWebp(BufferedImage image, OutputStream out) throws IOException {
    ImageWriter writer = ImageIO.getImageWritersByMIMEType(MediaTypes.WEBP).next();
    WebPWriteParam param = new WebPWriteParam(writer.getLocale());
    param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
    param.setCompressionType(param.getCompressionTypes()[WebPWriteParam.LOSSY_COMPRESSION]);
    param.setCompressionQuality(0.8f);
    write(writer, param, image, out);
  }

  private static void write(
      ImageWriter writer, ImageWriteParam param, BufferedImage image, OutputStream out)
      throws IOException {
    try (ImageOutputStream ios = ImageIO.createImageOutputStream(out)) {
      writer.setOutput(ios);
      writer.write(null, new IIOImage(image, null, null), param);
    } finally {
      writer.dispose();
    }
  }
}
