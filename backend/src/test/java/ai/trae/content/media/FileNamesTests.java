package ai.trae.content.media;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTests {

  @Test
  void onlyTheLastPathSegmentIsKept() {
    assertThat(FileNames.sanitise("../../etc/passwd", "x")).isEqualTo("passwd");
    assertThat(FileNames.sanitise("C:\\Users\\me\\..\\photo.jpg", "x")).isEqualTo("photo.jpg");
    assertThat(FileNames.sanitise("..", "upload")).isEqualTo("upload");
    assertThat(FileNames.sanitise("/", "upload")).isEqualTo("upload");
    assertThat(FileNames.sanitise(null, "upload")).isEqualTo("upload");
  }

  @Test
  void controlAndBidiCharactersAndLeadingDotsGo() {
    assertThat(FileNames.sanitise("a\u0000b\r\nc.png", "x")).isEqualTo("abc.png");
    // U+202E would show "invoice_gpj.exe" as "invoice_exe.jpg"
    assertThat(FileNames.sanitise("invoice_\u202Egpj.exe", "x")).isEqualTo("invoice_gpj.exe");
    assertThat(FileNames.sanitise(".htaccess", "x")).isEqualTo("htaccess");
    assertThat(FileNames.sanitise("a<b>:c\"d|e?f*.png", "x")).isEqualTo("abcdef.png");
    assertThat(FileNames.sanitise("  café.png ", "x")).isEqualTo("café.png");
  }

  @Test
  void longNamesAreCutKeepingTheExtension() {
    String name = FileNames.sanitise("é".repeat(500) + ".jpeg", "x");
    assertThat(name.codePointCount(0, name.length())).isEqualTo(FileNames.MAX_LENGTH);
    assertThat(name).endsWith(".jpeg");
  }
}
