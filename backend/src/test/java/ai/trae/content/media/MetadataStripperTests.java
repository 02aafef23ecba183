package ai.trae.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** The PNG and WebP chunk filters keep the pixels and drop the metadata chunks. */
class MetadataStripperTests {

  @Test
  void pngLosesExifAndTextChunksAndKeepsItsPixels() throws IOException {
    byte[] plain = MediaFiles.png(16, 16, 3);
    // eXIf and tEXt before IDAT, as cameras and editors write them
    byte[] tagged =
        insertBeforeIdat(
            plain, chunk("eXIf", "MM\u0000*GPS 52.52N"), chunk("tEXt", "Location\u0000Berlin"));
    assertThat(new String(tagged, StandardCharsets.ISO_8859_1)).contains("eXIf", "Berlin");

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MetadataStripper.png(new ByteArrayInputStream(tagged), out);

    String stripped = new String(out.toByteArray(), StandardCharsets.ISO_8859_1);
    assertThat(stripped).doesNotContain("eXIf", "tEXt", "Berlin", "GPS");
    assertThat(out.toByteArray()).isEqualTo(plain);
    assertThat(ImageIO.read(new ByteArrayInputStream(out.toByteArray())).getWidth()).isEqualTo(16);
  }

  @Test
  void webpLosesExifAndXmpChunksAndTheirFlags() throws IOException {
    byte[] vp8x = new byte[10];
    vp8x[0] = 0x0C; // EXIF and XMP flags
    byte[] image =
        riff(
            riffChunk("VP8X", vp8x),
            riffChunk("VP8 ", new byte[] {1, 2, 3}),
            riffChunk("EXIF", "GPS 52.52N".getBytes(StandardCharsets.US_ASCII)),
            riffChunk("XMP ", "<x:xmpmeta/>".getBytes(StandardCharsets.US_ASCII)));

    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MetadataStripper.webp(new ByteArrayInputStream(image), out);

    byte[] stripped = out.toByteArray();
    assertThat(MediaApiContract.chunks(stripped)).containsExactly("VP8X", "VP8 ");
    assertThat(stripped[20] & 0x0C).as("flags cleared").isZero();
    assertThat(ByteBuffer.wrap(stripped, 4, 4).order(ByteOrder.LITTLE_ENDIAN).getInt())
        .isEqualTo(stripped.length - 8);
  }

  private static byte[] chunk(String type, String data) {
    byte[] body = data.getBytes(StandardCharsets.ISO_8859_1);
    ByteBuffer b = ByteBuffer.allocate(12 + body.length);
    b.putInt(body.length).put(type.getBytes(StandardCharsets.ISO_8859_1)).put(body);
    CRC32 crc = new CRC32();
    crc.update(b.array(), 4, 4 + body.length);
    b.putInt((int) crc.getValue());
    return b.array();
  }

  private static byte[] insertBeforeIdat(byte[] png, byte[]... chunks) {
    String text = new String(png, StandardCharsets.ISO_8859_1);
    int idat = text.indexOf("IDAT") - 4;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(png, 0, idat);
    for (byte[] c : chunks) {
      out.writeBytes(c);
    }
    out.write(png, idat, png.length - idat);
    return out.toByteArray();
  }

  private static byte[] riffChunk(String type, byte[] data) {
    int padded = data.length + (data.length & 1);
    ByteBuffer b = ByteBuffer.allocate(8 + padded).order(ByteOrder.LITTLE_ENDIAN);
    b.put(type.getBytes(StandardCharsets.US_ASCII)).putInt(data.length).put(data);
    return b.array();
  }

  private static byte[] riff(byte[]... chunks) {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    for (byte[] c : chunks) {
      body.writeBytes(c);
    }
    ByteBuffer head = ByteBuffer.allocate(12).order(ByteOrder.LITTLE_ENDIAN);
    head.put("RIFF".getBytes(StandardCharsets.US_ASCII)).putInt(body.size() + 4);
    head.put("WEBP".getBytes(StandardCharsets.US_ASCII));
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(head.array());
    all.writeBytes(body.toByteArray());
    return all.toByteArray();
  }
}
