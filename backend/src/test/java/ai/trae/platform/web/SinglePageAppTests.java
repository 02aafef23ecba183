package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;

/** The UI the frontend module packages, as the browser gets it. */
@IntegrationTest
class SinglePageAppTests {

  private static final Pattern SCRIPT = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"");

  @Autowired Http http;

  @Test
  void rootServesTheAppAndIsNeverCached() {
    HttpResponse<String> index = http.get("/");

    assertThat(index.statusCode()).isEqualTo(200);
    assertThat(index.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
    assertThat(index.body()).contains("<div id=\"root\"");
    assertThat(index.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/system", "/content", "/settings/profile", "/some/unknown/client/route"})
  void deepLinksFallBackToTheApp(String path) {
    HttpResponse<String> response = http.get(path, "Accept", "text/html");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(http.get("/").body());
    assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-cache");
  }

  @ParameterizedTest
  @ValueSource(strings = {"/api/v1/nothing", "/actuator/nothing", "/assets/missing.js", "/x.png"})
  void serverPathsAndMissingFilesDoNotFallBack(String path) {
    HttpResponse<String> response = http.get(path);
    // 404, or 401 where the operational endpoints want an admin first: never the app
    assertThat(response.statusCode()).isIn(401, 404);
    assertThat(response.body()).doesNotContain("<div id=\"root\"");
  }

  @Test
  void hashedAssetsAreCachedForAYearAndCompressed() throws IOException {
    String asset = entryScript();

    HttpResponse<byte[]> response = http.getBytes(asset, "Accept-Encoding", "gzip");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Cache-Control").orElseThrow())
        .contains("max-age=31536000", "immutable")
        .doesNotContain("no-store");
    assertThat(response.headers().firstValue("Pragma").orElse("")).isEmpty();
    assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
    try (var gzip = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
      assertThat(new String(gzip.readAllBytes(), StandardCharsets.UTF_8)).isNotBlank();
    }
  }

  private String entryScript() {
    Matcher matcher = SCRIPT.matcher(http.get("/").body());
    assertThat(matcher.find()).as("index.html references a hashed script").isTrue();
    return matcher.group(1);
  }
}
