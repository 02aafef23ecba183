package ai.trae.content.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.commons.imaging.ImagingException;
import org.apache.commons.imaging.formats.jpeg.exif.ExifRewriter;
import org.apache.commons.imaging.formats.jpeg.iptc.JpegIptcRewriter;
import org.apache.commons.imaging.formats.jpeg.xmp.JpegXmpRewriter;

/**
 * Removes what tells where and by whom a picture was taken (EXIF with its GPS block, XMP, IPTC)
 * before anything is stored, without touching the pixels: JPEG segments are dropped by
 * commons-imaging's rewriters, PNG and WebP chunks by walking their chunk lists. GIF carries no
 * EXIF; SVG is only ever served as a sandboxed download.
 */
final class MetadataStripper {

  /** PNG chunks that hold EXIF, XMP (iTXt) or free text. */
  private static final Set<String> PNG_DROPPED = Set.of("eXIf", "iTXt", "tEXt", "zTXt", "tIME");

  private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

  private MetadataStripper() {}

  /** The file without metadata: a new file next to it, or the same one for other types. */
  static Path strip(Path file, String mediaType) throws IOException {
    return switch (mediaType) {
      case MediaTypes.JPEG -> jpeg(file);
      case MediaTypes.PNG -> rewrite(file, MetadataStripper::png);
      case MediaTypes.WEBP -> rewrite(file, MetadataStripper::webp);
      default -> file;
    };
  }

  private static Path jpeg(Path file) throws IOException {
    Path noExif = rewrite(file, (in, out) -> new ExifRewriter().removeExifMetadata(in, out));
    Path noXmp = rewrite(noExif, (in, out) -> new JpegXmpRewriter().removeXmpXml(in, out));
    Files.deleteIfExists(noExif);
    Path clean = rewrite(noXmp, (in, out) -> new JpegIptcRewriter().removeIptc(in, out));
    Files.deleteIfExists(noXmp);
    return clean;
  }

  private interface Rewrite {
    void apply(InputStream in, OutputStream out) throws IOException;
  }

  private static Path rewrite(Path file, Rewrite rewrite) throws IOException {
    Path target = Files.createTempFile(file.getParent(), "clean-", ".part");
    try (InputStream in = Files.newInputStream(file);
        OutputStream out = Files.newOutputStream(target)) {
      rewrite.apply(in, out);
    } catch (ImagingException ex) {
      Files.deleteIfExists(target);
      throw new IOException("Not a readable image: " + ex.getMessage(), ex);
    } catch (IOException | RuntimeException ex) {
      Files.deleteIfExists(target);
      throw ex;
    }
    return target;
  }

  /** Copies a PNG chunk by chunk, leaving out the metadata chunks. */
  static void png(InputStream in, OutputStream out) throws IOException {
    byte[] signature = in.readNBytes(8);
    if (!java.util.Arrays.equals(signature, PNG_SIGNATURE)) {
      throw new IOException("Not a PNG");
    }
    out.write(signature);
    while (true) {
      byte[] header = in.readNBytes(8);
      if (header.length == 0) {
        return;
      }
      if (header.length < 8) {
        throw new IOException("Truncated PNG chunk");
      }
      long length = ByteBuffer.wrap(header, 0, 4).getInt() & 0xffffffffL;
      String type = new String(header, 4, 4, StandardCharsets.ISO_8859_1);
      boolean keep = !PNG_DROPPED.contains(type);
      if (keep) {
        out.write(header);
      }
      copy(in, keep ? out : OutputStream.nullOutputStream(), length + 4);
      if (type.equals("IEND")) {
        return;
      }
    }
  }

  /**
   * Copies a WebP (RIFF) without its EXIF and XMP chunks, clearing their flags in VP8X and fixing
   * the RIFF size. WebP files are small enough here to hold (they are bounded by the upload limit
   * and read only at upload).
   */
  static void webp(InputStream in, OutputStream out) throws IOException {
    byte[] all = in.readAllBytes();
    ByteBuffer riff = ByteBuffer.wrap(all).order(ByteOrder.LITTLE_ENDIAN);
    if (all.length < 12
        || !new String(all, 0, 4, StandardCharsets.ISO_8859_1).equals("RIFF")
        || !new String(all, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
      throw new IOException("Not a WebP");
    }
    java.io.ByteArrayOutputStream kept = new java.io.ByteArrayOutputStream(all.length);
    int at = 12;
    while (at + 8 <= all.length) {
      String type = new String(all, at, 4, StandardCharsets.ISO_8859_1);
      long size = riff.getInt(at + 4) & 0xffffffffL;
      long padded = size + (size & 1);
      if (at + 8 + padded > all.length) {
        throw new IOException("Truncated WebP chunk");
      }
      if (!type.equals("EXIF") && !type.equals("XMP ")) {
        byte[] chunk = java.util.Arrays.copyOfRange(all, at, at + 8 + (int) padded);
        if (type.equals("VP8X") && chunk.length > 8) {
          // the flags byte: bit 3 says EXIF follows, bit 2 XMP
          chunk[8] &= (byte) ~0x0C;
        }
        kept.write(chunk);
      }
      at += (int) (8 + padded);
    }
    byte[] body = kept.toByteArray();
    ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    head.put("RIFF".getBytes(StandardCharsets.ISO_8859_1));
    head.putInt(body.length + 4);
    head.put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
    out.write(head.array());
    out.write(body);
  }

  private static void copy(InputStream in, OutputStream out, long count) throws IOException {
    byte[] buffer = new byte[8192];
    long left = count;
    while (left > 0) {
      int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
      if (n < 0) {
        throw new IOException("Truncated image");
      }
      out.write(buffer, 0, n);
      left -= n;
    }
  }
}
