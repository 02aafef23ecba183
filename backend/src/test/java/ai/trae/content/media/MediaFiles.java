package ai.trae.content.media;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;
import org.apache.commons.imaging.formats.tiff.write.TiffOutputSet;

/** Files made on the fly for the media tests. */
public final class MediaFiles {

  /** Where the GPS-tagged photo says it was taken. */
  public static final double LONGITUDE = 13.404954;

  public static final double LATITUDE = 52.520008;

  private MediaFiles() {}

  public static BufferedImage picture(int width, int height, long seed) {
    BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    Random random = new Random(seed);
    for (int i = 0; i < 40; i++) {
      g.setColor(new Color(random.nextInt(0xffffff)));
      g.fillRect(
          random.nextInt(width),
          random.nextInt(height),
          random.nextInt(width),
          random.nextInt(height));
    }
    g.dispose();
    return image;
  }

  public static byte[] png(int width, int height, long seed) {
    return encode(picture(width, height, seed), "png");
  }

  public static byte[] jpeg(int width, int height, long seed) {
    return encode(picture(width, height, seed), "jpeg");
  }

  /** A JPEG carrying GPS coordinates in its EXIF and a location in its XMP. */
  public static byte[] jpegWithGps(int width, int height) {
    try {
      byte[] plain = jpeg(width, height, 7);
      TiffOutputSet exif = new TiffOutputSet();
      exif.setGpsInDegrees(LONGITUDE, LATITUDE);
      ByteArrayOutputStream withExif = new ByteArrayOutputStream();
      new ExifRewriter().updateExifMetadataLossless(plain, withExif, exif);
      ByteArrayOutputStream withXmp = new ByteArrayOutputStream();
      new JpegXmpRewriter()
          .updateXmpXml(
              withExif.toByteArray(),
              withXmp,
              "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF"
                  + " xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\"><rdf:Description"
                  + " xmlns:exif=\"http://ns.adobe.com/exif/1.0/\""
                  + " exif:GPSLatitude=\"52,31.2N\"/></rdf:RDF></x:xmpmeta>");
      return withXmp.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  public static byte[] pdf() {
    return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n")
        .getBytes(StandardCharsets.US_ASCII);
  }

  public static byte[] svgWithScript() {
    return ("<?xml version=\"1.0\"?>\n<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\""
            + " height=\"10\" onload=\"alert(1)\"><script>alert(document.cookie)</script>"
            + "<rect width=\"10\" height=\"10\"/></svg>\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] encode(BufferedImage image, String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, format, out);
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
    return out.toByteArray();
  }
}
