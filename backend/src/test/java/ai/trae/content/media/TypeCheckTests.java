package ai.trae.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.platform.web.ProblemException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Types come from the bytes; the allow-list names the types Tika answers with. */
class TypeCheckTests {

  @TempDir Path temp;

  @Test
  void eachAllowedFormatIsRecognisedFromItsBytes() throws IOException {
    assertThat(type(MediaFiles.jpeg(8, 8, 1))).isEqualTo("image/jpeg");
    assertThat(type(MediaFiles.png(8, 8, 1))).isEqualTo("image/png");
    assertThat(type(ascii("GIF89a\u0001\u0000\u0001\u0000\u0000\u0000\u0000;")))
        .isEqualTo("image/gif");
    assertThat(type(riff("WEBP", "VP8 "))).isEqualTo("image/webp");
    assertThat(type(MediaFiles.svgWithScript())).isEqualTo("image/svg+xml");
    assertThat(type(MediaFiles.pdf())).isEqualTo("application/pdf");
    assertThat(type(riff("WAVE", "fmt "))).isEqualTo("audio/vnd.wave");
    assertThat(type(ascii("ID3\u0004\u0000\u0000\u0000\u0000\u0000\u0000")))
        .isEqualTo("audio/mpeg");
    byte[] mp4 = new byte[32];
    System.arraycopy(
        ascii("\u0000\u0000\u0000\u0018ftypisom\u0000\u0000\u0002\u0000isomiso2"), 0, mp4, 0, 24);
    assertThat(type(mp4)).isEqualTo("video/mp4");
    assertThat(TypeCheck.check(file(mp4), "clip.mp4", "video/mp4")).isEqualTo("video/mp4");
    byte[] m4a = mp4.clone();
    System.arraycopy(ascii("M4A "), 0, m4a, 8, 4);
    assertThat(TypeCheck.check(file(m4a), "song.m4a", null)).isEqualTo("audio/mp4");
    byte[] webm = {
      0x1A,
      0x45,
      (byte) 0xDF,
      (byte) 0xA3,
      (byte) 0x9F,
      0x42,
      (byte) 0x86,
      (byte) 0x81,
      0x01,
      0x42,
      (byte) 0xF7,
      (byte) 0x81,
      0x01,
      0x42,
      (byte) 0xF2,
      (byte) 0x81,
      0x04,
      0x42,
      (byte) 0xF3,
      (byte) 0x81,
      0x08,
      0x42,
      (byte) 0x82,
      (byte) 0x84,
      'w',
      'e',
      'b',
      'm',
      0x42,
      (byte) 0x87,
      (byte) 0x81,
      0x04,
      0x42,
      (byte) 0x85,
      (byte) 0x81,
      0x02
    };
    assertThat(TypeCheck.check(file(webm), "clip.webm", "video/webm")).isEqualTo("video/webm");
    assertThat(TypeCheck.check(file(webm), "voice", "audio/webm")).isEqualTo("audio/webm");
    byte[] mov = mp4.clone();
    System.arraycopy(ascii("qt  "), 0, mov, 8, 4);
    assertThat(TypeCheck.check(file(mov), "clip.mov", null)).isEqualTo("video/quicktime");
  }

  @Test
  void aNameOrDeclaredTypeThatDisagreesIsAMismatch() throws IOException {
    Path png = file(MediaFiles.png(8, 8, 2));
    assertThat(TypeCheck.check(png, "photo.png", "image/png")).isEqualTo("image/png");
    assertThat(TypeCheck.check(png, "photo", null)).isEqualTo("image/png");
    assertThat(TypeCheck.check(png, "photo", "application/octet-stream")).isEqualTo("image/png");

    assertThatThrownBy(() -> TypeCheck.check(png, "photo.jpg", null))
        .isInstanceOf(ProblemException.class)
        .hasMessageContaining("media-type-mismatch");
    assertThatThrownBy(() -> TypeCheck.check(png, "photo", "text/plain"))
        .hasMessageContaining("media-type-mismatch");
    Path svg = file(MediaFiles.svgWithScript());
    assertThatThrownBy(() -> TypeCheck.check(svg, "logo.png", null))
        .hasMessageContaining("media-type-mismatch");
    Path zip = file(new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0, 0, 0});
    assertThatThrownBy(() -> TypeCheck.check(zip, "archive.zip", null))
        .hasMessageContaining("media-type-not-allowed");
  }

  private String type(byte[] bytes) throws IOException {
    return TypeCheck.check(file(bytes), "upload", null);
  }

  private Path file(byte[] bytes) throws IOException {
    return Files.write(Files.createTempFile(temp, "t", ".bin"), bytes);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.ISO_8859_1);
  }

  private static byte[] riff(String form, String firstChunk) {
    byte[] b = new byte[64];
    System.arraycopy(ascii("RIFF"), 0, b, 0, 4);
    b[4] = 56;
    System.arraycopy(ascii(form), 0, b, 8, 4);
    System.arraycopy(ascii(firstChunk), 0, b, 12, 4);
    b[16] = 16;
    return b;
  }
}
