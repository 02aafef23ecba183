package ai.trae.content.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.commons.imaging.Imaging;
import org.apache.commons.imaging.common.ImageMetadata;
import org.apache.commons.imaging.formats.jpeg.JpegImageMetadata;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The media API over HTTP, as a client sees it; run against each storage by its subclasses. Jobs
 * poll every 200 ms here, so variants appear within a second or two.
 */
abstract class MediaApiContract {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Environment environment;
  @Autowired MediaSpool spool;

  ContentCallers callers;
  Caller author;
  Caller viewer;

  @BeforeEach
  void signIn() {
    callers = new ContentCallers(http, accounts, jdbc);
    author = callers.user("AUTHOR");
    viewer = callers.user("VIEWER");
  }

  HttpResponse<String> upload(String name, String type, byte[] bytes) {
    return MediaUploads.upload(http, author.token(), name, type, bytes);
  }

  UUID uploaded(String name, String type, byte[] bytes) {
    HttpResponse<String> response = upload(name, type, bytes);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    return UUID.fromString(Http.json(response).get("id").asString());
  }

  /** The author's upload of a hand-made multipart body. */
  HttpResponse<String> multipart(String boundary, String body) {
    return http.send(
        http.request(
                "/api/v1/media",
                "Authorization",
                "Bearer " + author.token(),
                "Content-Type",
                "multipart/form-data; boundary=" + boundary)
            .POST(java.net.http.HttpRequest.BodyPublishers.ofString(body))
            .build());
  }

  HttpResponse<byte[]> bytes(String path, Caller who, String... headers) {
    String[] all = Arrays.copyOf(headers, headers.length + 2);
    all[headers.length] = "Authorization";
    all[headers.length + 1] = "Bearer " + who.token();
    return http.getBytes(path, all);
  }

  @Test
  void anUploadIsSniffedStoredAndServedWithItsSha256AsETag() {
    byte[] png = MediaFiles.png(400, 300, 1);
    HttpResponse<String> created = upload("cover.png", "image/png", png);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode media = Http.json(created);
    assertThat(created.headers().firstValue("Location"))
        .hasValue("/api/v1/media/" + media.get("id").asString());
    assertThat(media.get("mediaType").asString()).isEqualTo("image/png");
    assertThat(media.get("kind").asString()).isEqualTo("image");
    assertThat(media.get("width").asInt()).isEqualTo(400);
    assertThat(media.get("height").asInt()).isEqualTo(300);
    assertThat(media.get("fileName").asString()).isEqualTo("cover.png");
    assertThat(media.get("createdBy").get("id").asString()).isEqualTo(author.id().toString());
    assertThat(media.get("createdBy").get("displayName").asString()).isNotEqualTo("Unknown user");

    HttpResponse<byte[]> content = bytes(media.get("contentUrl").asString(), viewer);
    assertThat(content.statusCode()).isEqualTo(200);
    assertThat(content.body()).isEqualTo(png);
    String etag = "\"" + media.get("sha256").asString() + "\"";
    assertThat(content.headers().firstValue("ETag")).hasValue(etag);
    assertThat(content.headers().firstValue("Content-Type")).hasValue("image/png");
    assertThat(content.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
    assertThat(content.headers().firstValue("Accept-Ranges")).hasValue("bytes");
    assertThat(content.headers().allValues("Pragma")).isEmpty();

    HttpResponse<byte[]> again =
        bytes(media.get("contentUrl").asString(), viewer, "If-None-Match", etag);
    assertThat(again.statusCode()).isEqualTo(304);
    assertThat(again.body()).isEmpty();
  }

  @Test
  void theSameBytesTwiceAreOneFile() {
    byte[] pdf = MediaFiles.pdf();
    UUID first = uploaded("brief.pdf", "application/pdf", pdf);

    HttpResponse<String> second = upload("copy-of-brief.pdf", "application/octet-stream", pdf);

    assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
    assertThat(Http.json(second).get("id").asString()).isEqualTo(first.toString());
    assertThat(Http.json(second).get("fileName").asString()).isEqualTo("brief.pdf");
    assertThat(
            jdbc.sql(
                    "select count(*) from content_media where id = ? or file_name = 'copy-of-brief.pdf'")
                .param(first)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void aDisguisedFileIsRefusedWith415() {
    HttpResponse<String> pdfAsPng = upload("holiday.png", "image/png", MediaFiles.pdf());
    assertThat(pdfAsPng.statusCode()).as(pdfAsPng.body()).isEqualTo(415);
    assertThat(ContentCallers.problem(pdfAsPng)).isEqualTo("/problems/media-type-mismatch");

    HttpResponse<String> declaredWrong =
        upload("holiday", "application/pdf", MediaFiles.png(20, 20, 2));
    assertThat(declaredWrong.statusCode()).isEqualTo(415);
    assertThat(ContentCallers.problem(declaredWrong)).isEqualTo("/problems/media-type-mismatch");

    byte[] html =
        "<html><body><script>alert(1)</script></body></html>".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> htmlAsJpeg = upload("cat.jpg", "image/jpeg", html);
    assertThat(htmlAsJpeg.statusCode()).isEqualTo(415);
    assertThat(ContentCallers.problem(htmlAsJpeg)).isEqualTo("/problems/media-type-mismatch");

    HttpResponse<String> script =
        upload(
            "run.sh",
            "application/octet-stream",
            "#!/bin/sh\nrm -rf /\n".getBytes(StandardCharsets.US_ASCII));
    assertThat(script.statusCode()).isEqualTo(415);
    assertThat(ContentCallers.problem(script)).isEqualTo("/problems/media-type-not-allowed");
  }

  @Test
  void aPathTraversalNameIsNeutralised() {
    HttpResponse<String> response =
        upload("../../../etc/cron.d/evil\u0007.png", "image/png", MediaFiles.png(10, 10, 3));

    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    assertThat(Http.json(response).get("fileName").asString()).isEqualTo("evil.png");
  }

  @Test
  void anUploadPastTheLimitIsRefusedWhileItStreamsAndTheHeapStaysFlat() throws Exception {
    long limit = 50L * 1024 * 1024;
    long total = 80L * 1024 * 1024;
    long before = jdbc.sql("select count(*) from content_media").query(Long.class).single();
    Runtime runtime = Runtime.getRuntime();
    System.gc();
    long baseline = runtime.totalMemory() - runtime.freeMemory();
    AtomicLong peak = new AtomicLong(baseline);
    Thread sampler =
        Thread.ofPlatform()
            .daemon()
            .start(
                () -> {
                  while (!Thread.currentThread().isInterrupted()) {
                    peak.accumulateAndGet(runtime.totalMemory() - runtime.freeMemory(), Math::max);
                    try {
                      Thread.sleep(5);
                    } catch (InterruptedException ex) {
                      return;
                    }
                  }
                });

    MediaUploads.Streamed answer =
        MediaUploads.stream(
            Integer.parseInt(environment.getRequiredProperty("local.server.port")),
            author.token(),
            total);
    sampler.interrupt();

    assertThat(answer.status()).as(answer.response()).isEqualTo(413);
    assertThat(answer.response()).contains("/problems/media-too-large");
    // refused while the body was still arriving, at the limit, not after reading it all
    assertThat(answer.sent()).isGreaterThanOrEqualTo(limit).isLessThan(total);
    // nothing the size of the upload was ever held in memory (the 64 KB buffers are reused)
    assertThat(peak.get() - baseline).isLessThan(limit / 2);
    assertThat(jdbc.sql("select count(*) from content_media").query(Long.class).single())
        .isEqualTo(before);
    // and the part that was read is not left on disk either
    try (var files = Files.list(spool.directory())) {
      assertThat(files.toList()).isEmpty();
    }
  }

  @Test
  void anUploadThatDeclaresTooManyBytesIsRefusedBeforeItsBodyIsRead() throws Exception {
    String answer =
        MediaUploads.declared(
            Integer.parseInt(environment.getRequiredProperty("local.server.port")),
            author.token(),
            200L * 1024 * 1024);

    assertThat(answer).startsWith("HTTP/1.1 413").contains("/problems/media-too-large");
  }

  @Test
  void aJpegWithGpsLeavesNoLocationInAnyStoredFileOrVariant() throws Exception {
    byte[] photo = MediaFiles.jpegWithGps(1200, 800);
    assertThat(gps(photo)).as("the fixture carries GPS").isTrue();
    UUID id = uploaded("IMG_0001.JPG", "image/jpeg", photo);

    JsonNode media =
        await()
            .atMost(Duration.ofSeconds(60))
            .pollInterval(Duration.ofMillis(250))
            .until(
                () -> Http.json(callers.get("/api/v1/media/" + id, viewer)),
                m -> m.get("variants").size() == 4);

    byte[] original = bytes("/api/v1/media/" + id + "/content", viewer).body();
    assertThat(gps(original)).isFalse();
    assertThat(Imaging.getXmpXml(original)).isNull();
    assertThat(Imaging.getImageInfo(original).getWidth()).isEqualTo(1200);
    assertThat(media.get("width").asInt()).isEqualTo(1200);
    assertThat(media.get("variants").findValuesAsString("name"))
        .containsExactly("thumbnail", "thumbnail-webp", "medium", "medium-webp");
    for (JsonNode variant : media.get("variants")) {
      HttpResponse<byte[]> served = bytes(variant.get("url").asString(), viewer);
      assertThat(served.statusCode()).isEqualTo(200);
      assertThat(served.headers().firstValue("Cache-Control"))
          .hasValue("public, max-age=31536000, immutable");
      byte[] data = served.body();
      assertThat(data).hasSize(variant.get("size").asInt());
      if (variant.get("mediaType").asString().equals("image/jpeg")) {
        assertThat(gps(data)).as(variant.get("name").asString()).isFalse();
        assertThat(Imaging.getXmpXml(data)).isNull();
        assertThat(Imaging.getImageInfo(data).getWidth()).isEqualTo(variant.get("width").asInt());
      } else {
        assertThat(new String(data, 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
        assertThat(new String(data, 8, 4, StandardCharsets.US_ASCII)).isEqualTo("WEBP");
        assertThat(chunks(data)).doesNotContain("EXIF", "XMP ");
      }
    }
  }

  @Test
  void svgIsServedOnlyAsASandboxedDownload() {
    UUID id = uploaded("logo.svg", "image/svg+xml", MediaFiles.svgWithScript());

    HttpResponse<byte[]> served = bytes("/api/v1/media/" + id + "/content", viewer);

    assertThat(served.statusCode()).isEqualTo(200);
    assertThat(served.headers().firstValue("Content-Type")).hasValue("image/svg+xml");
    assertThat(served.headers().allValues("Content-Security-Policy")).containsExactly("sandbox");
    assertThat(served.headers().firstValue("Content-Disposition").orElseThrow())
        .startsWith("attachment");
    assertThat(served.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
  }

  @Test
  void rangesAreServedAs206AndPastTheEndAs416() {
    byte[] png = MediaFiles.png(300, 300, 4);
    UUID id = uploaded("range.png", "image/png", png);
    String path = "/api/v1/media/" + id + "/content";

    HttpResponse<byte[]> part = bytes(path, viewer, "Range", "bytes=100-199");
    assertThat(part.statusCode()).isEqualTo(206);
    assertThat(part.headers().firstValue("Content-Range")).hasValue("bytes 100-199/" + png.length);
    assertThat(part.body()).isEqualTo(Arrays.copyOfRange(png, 100, 200));

    HttpResponse<byte[]> tail = bytes(path, viewer, "Range", "bytes=-10");
    assertThat(tail.statusCode()).isEqualTo(206);
    assertThat(tail.body()).isEqualTo(Arrays.copyOfRange(png, png.length - 10, png.length));

    HttpResponse<byte[]> past = bytes(path, viewer, "Range", "bytes=" + png.length + "-");
    assertThat(past.statusCode()).isEqualTo(416);
    assertThat(past.headers().firstValue("Content-Range")).hasValue("bytes */" + png.length);
    assertThat(Http.json(new String(past.body(), StandardCharsets.UTF_8)).get("type").asString())
        .isEqualTo("/problems/range-not-satisfiable");

    HttpResponse<byte[]> otherVersion =
        bytes(path, viewer, "Range", "bytes=0-9", "If-Range", "\"something-else\"");
    assertThat(otherVersion.statusCode()).isEqualTo(200);
    assertThat(otherVersion.body()).isEqualTo(png);
  }

  @Test
  void headSeveralRangesAndBrokenRangesGetTheWholeFile() {
    byte[] png = MediaFiles.png(120, 120, 11);
    UUID id = uploaded("whole.png", "image/png", png);
    String path = "/api/v1/media/" + id + "/content";

    for (String range : new String[] {"bytes=0-1,5-9", "bytes=abc", "lines=1-2"}) {
      HttpResponse<byte[]> whole = bytes(path, viewer, "Range", range);
      assertThat(whole.statusCode()).as(range).isEqualTo(200);
      assertThat(whole.body()).as(range).isEqualTo(png);
    }
    HttpResponse<String> head =
        http.send(
            http.request(path, "Authorization", "Bearer " + viewer.token())
                .method("HEAD", java.net.http.HttpRequest.BodyPublishers.noBody())
                .build());
    assertThat(head.statusCode()).isEqualTo(200);
    assertThat(head.headers().firstValue("Content-Length")).hasValue(String.valueOf(png.length));
    assertThat(head.body()).isEmpty();
    assertThat(bytes("/api/v1/media/" + id + "/variants/huge", viewer).statusCode()).isEqualTo(404);
    assertThat(bytes("/api/v1/media/" + UUID.randomUUID() + "/content", viewer).statusCode())
        .isEqualTo(404);
  }

  @Test
  void whatIsNotAnUploadIsA400() {
    HttpResponse<String> json = callers.send("POST", "/api/v1/media", "{\"file\": \"x\"}", author);
    assertThat(json.statusCode()).isEqualTo(400);
    assertThat(ContentCallers.problem(json)).isEqualTo("/problems/media-upload-unreadable");

    String boundary = "b0undary";
    String noFile =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"altText\"\r\n\r\nhi\r\n--"
            + boundary
            + "--\r\n";
    HttpResponse<String> missing = multipart(boundary, noFile);
    assertThat(missing.statusCode()).isEqualTo(400);
    assertThat(ContentCallers.problem(missing)).isEqualTo("/problems/media-upload-unreadable");

    String cutOff =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.png\""
            + "\r\n\r\n\u0089PNG";
    HttpResponse<String> broken = multipart(boundary, cutOff);
    assertThat(broken.statusCode()).isEqualTo(400);
    assertThat(ContentCallers.problem(broken)).isEqualTo("/problems/media-upload-unreadable");
  }

  @Test
  void aSignedUrlServesWithoutASessionUntilItIsAltered() {
    byte[] png = MediaFiles.png(50, 50, 5);
    UUID id = uploaded("signed.png", "image/png", png);

    HttpResponse<String> minted =
        callers.send(
            "POST", "/api/v1/media/" + id + "/signed-urls", "{\"ttlSeconds\": 600}", viewer);
    assertThat(minted.statusCode()).as(minted.body()).isEqualTo(200);
    String url = Http.json(minted).get("url").asString();

    HttpResponse<byte[]> anonymous = http.getBytes(url);
    assertThat(anonymous.statusCode()).isEqualTo(200);
    assertThat(anonymous.body()).isEqualTo(png);

    HttpResponse<byte[]> tampered = http.getBytes(url.replace("expires=", "expires=9"));
    assertThat(tampered.statusCode()).isEqualTo(404);
    HttpResponse<byte[]> otherFile =
        http.getBytes(url.replace(id.toString(), UUID.randomUUID().toString()));
    assertThat(otherFile.statusCode()).isEqualTo(404);
    assertThat(http.getBytes("/api/v1/media/" + id + "/content").statusCode()).isEqualTo(401);

    HttpResponse<String> tooLong =
        callers.send(
            "POST", "/api/v1/media/" + id + "/signed-urls", "{\"ttlSeconds\": 9999999}", viewer);
    assertThat(tooLong.statusCode()).isEqualTo(400);
    HttpResponse<String> noVariant =
        callers.send(
            "POST", "/api/v1/media/" + id + "/signed-urls", "{\"variant\": \"large\"}", viewer);
    assertThat(noVariant.statusCode()).isEqualTo(404);
    HttpResponse<String> expired =
        http.get("/api/v1/media/signed/%s/original?expires=1&key=1&signature=x".formatted(id));
    assertThat(expired.statusCode()).isEqualTo(404);
    assertThat(ContentCallers.problem(expired)).isEqualTo("/problems/media-link-invalid");
  }

  @Test
  void whereUsedListsTheItemsAndDeletionIsRefusedWhileTheyUseIt() {
    UUID id = uploaded("used.png", "image/png", MediaFiles.png(30, 30, 6));
    UUID item =
        callers.create(
            "{\"type\": \"article\", \"title\": \"Covered\", \"body\": \"x\", \"coverMediaId\": \"%s\"}"
                .formatted(id),
            author);

    HttpResponse<String> usage = callers.get("/api/v1/media/" + id + "/usage", viewer);
    assertThat(usage.statusCode()).isEqualTo(200);
    assertThat(Http.json(usage).get("items").findValuesAsString("id"))
        .containsExactly(item.toString());

    HttpResponse<String> refused = callers.send("DELETE", "/api/v1/media/" + id, "", author);
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(ContentCallers.problem(refused)).isEqualTo("/problems/media-in-use");
    assertThat(Http.json(refused).get("items").findValuesAsString("title"))
        .containsExactly("Covered");

    UUID unused = uploaded("unused.png", "image/png", MediaFiles.png(30, 30, 8));
    assertThat(callers.send("DELETE", "/api/v1/media/" + unused, "", author).statusCode())
        .isEqualTo(204);
    assertThat(callers.get("/api/v1/media/" + unused, viewer).statusCode()).isEqualTo(404);
    assertThat(bytes("/api/v1/media/" + unused + "/content", viewer).statusCode()).isEqualTo(404);
  }

  @Test
  void anItemWhoseCoverHasNoAltTextCannotBePublishedOrScheduledUntilItHasSome() {
    Caller editor = callers.user("EDITOR");
    // an SVG: no variants job moves its version between the read and the alt text's If-Match
    byte[] svg =
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- " + UUID.randomUUID() + " --></svg>")
            .getBytes(StandardCharsets.UTF_8);
    UUID cover = uploaded("cover-" + UUID.randomUUID() + ".svg", "image/svg+xml", svg);
    UUID item =
        callers.create(
            ("{\"type\": \"article\", \"title\": \"Needs words\", \"body\": \"x\","
                    + " \"coverMediaId\": \"%s\"}")
                .formatted(cover),
            editor);
    String transitions = "/api/v1/content/" + item + "/transitions";
    for (String step : List.of("submit", "approve")) {
      HttpResponse<String> taken =
          callers.send("POST", transitions, "{\"action\": \"" + step + "\"}", editor);
      assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    }

    for (String action :
        List.of(
            "{\"action\": \"publish\"}",
            "{\"action\": \"schedule\", \"at\": \"2099-01-01T09:00:00Z\"}")) {
      HttpResponse<String> refused = callers.send("POST", transitions, action, editor);
      assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
      assertThat(Http.json(refused).get("errors").findValuesAsString("field"))
          .containsExactly("coverMediaId");
    }
    assertThat(Http.json(callers.get("/api/v1/content/" + item, editor)).get("status").asString())
        .isEqualTo("approved");

    String media = "/api/v1/media/" + cover;
    String version = callers.get(media, editor).headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> described =
        http.send(
            "PATCH",
            media,
            "{\"altText\": \"A lighthouse at dusk\"}",
            "Content-Type",
            "application/json",
            "Authorization",
            "Bearer " + author.token(),
            "If-Match",
            version);
    assertThat(described.statusCode()).as(described.body()).isEqualTo(200);

    HttpResponse<String> published =
        callers.send("POST", transitions, "{\"action\": \"publish\"}", editor);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    assertThat(Http.json(published).get("status").asString()).isEqualTo("published");
  }

  @Test
  void theVariantsJobDoesNotFailAnAltTextEditReadBeforeIt() {
    UUID id = uploaded("harbour.png", "image/png", MediaFiles.png(64, 48, System.nanoTime()));
    String path = "/api/v1/media/" + id;
    String readAtUpload = "\"1\""; // what the upload answered, before any variant existed
    await()
        .atMost(Duration.ofSeconds(60))
        .pollInterval(Duration.ofMillis(250))
        .until(() -> Http.json(callers.get(path, viewer)), m -> m.get("variants").size() > 0);
    assertThat(callers.get(path, viewer).headers().firstValue("ETag"))
        .as("the variants changed the representation, so its ETag")
        .isNotEqualTo(Optional.of(readAtUpload));

    HttpResponse<String> described = patchAltText(path, "The harbour at noon", readAtUpload);
    assertThat(described.statusCode()).as(described.body()).isEqualTo(200);

    HttpResponse<String> lost = patchAltText(path, "Someone else's words", readAtUpload);
    assertThat(lost.statusCode()).as("the alt text changed since that read").isEqualTo(412);
    assertThat(Http.json(lost).get("current").get("altText").asString())
        .isEqualTo("The harbour at noon");
    assertThat(patchAltText(path, "x", "\"99\"").statusCode()).isEqualTo(412);
  }

  private HttpResponse<String> patchAltText(String path, String altText, String ifMatch) {
    return http.send(
        "PATCH",
        path,
        "{\"altText\": \"" + altText + "\"}",
        "Content-Type",
        "application/json",
        "Authorization",
        "Bearer " + author.token(),
        "If-Match",
        ifMatch);
  }

  @Test
  void altTextNeedsIfMatchAndTheListFiltersAndSearches() {
    // an SVG: no variants job moves its version meanwhile
    byte[] svg =
        ("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- " + UUID.randomUUID() + " --></svg>")
            .getBytes(StandardCharsets.UTF_8);
    UUID id = uploaded("alt-" + UUID.randomUUID() + ".svg", "image/svg+xml", svg);
    String path = "/api/v1/media/" + id;

    assertThat(callers.send("PATCH", path, "{\"altText\": \"A red sunrise\"}", author).statusCode())
        .isEqualTo(428);
    HttpResponse<String> stale =
        http.send(
            "PATCH",
            path,
            "{\"altText\": \"x\"}",
            "Content-Type",
            "application/json",
            "Authorization",
            "Bearer " + author.token(),
            "If-Match",
            "\"99\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    HttpResponse<String> changed =
        http.send(
            "PATCH",
            path,
            "{\"altText\": \"A red sunrise over the harbour\"}",
            "Content-Type",
            "application/json",
            "Authorization",
            "Bearer " + author.token(),
            "If-Match",
            "\"1\"");
    assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
    assertThat(changed.headers().firstValue("ETag")).hasValue("\"2\"");

    JsonNode found = Http.json(callers.get("/api/v1/media?kind=image&q=SUNRISE%20over", viewer));
    assertThat(found.get("items").findValuesAsString("id")).contains(id.toString());
    JsonNode documents = Http.json(callers.get("/api/v1/media?kind=document&q=sunrise", viewer));
    assertThat(documents.get("items").size()).isZero();
    assertThat(callers.get("/api/v1/media?kind=nonsense", viewer).statusCode()).isEqualTo(400);

    JsonNode firstPage = Http.json(callers.get("/api/v1/media?limit=1", viewer));
    assertThat(firstPage.get("items").size()).isEqualTo(1);
    String cursor = firstPage.get("nextCursor").asString();
    JsonNode secondPage = Http.json(callers.get("/api/v1/media?limit=1&cursor=" + cursor, viewer));
    assertThat(secondPage.get("items").get(0).get("id").asString())
        .isNotEqualTo(firstPage.get("items").get(0).get("id").asString());
  }

  @Test
  void readersCannotUpload() {
    HttpResponse<String> refused =
        MediaUploads.upload(http, viewer.token(), "x.png", "image/png", MediaFiles.png(5, 5, 10));
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  static boolean gps(byte[] jpeg) throws Exception {
    ImageMetadata metadata = Imaging.getMetadata(new ByteArrayInputStream(jpeg), "x.jpg");
    return metadata instanceof JpegImageMetadata j
        && j.getExif() != null
        && j.getExif().getGpsInfo() != null;
  }

  /** The FourCCs of a RIFF file's chunks. */
  static java.util.List<String> chunks(byte[] riff) {
    java.util.List<String> names = new java.util.ArrayList<>();
    int at = 12;
    while (at + 8 <= riff.length) {
      names.add(new String(riff, at, 4, StandardCharsets.US_ASCII));
      long size =
          java.nio.ByteBuffer.wrap(riff, at + 4, 4).order(java.nio.ByteOrder.LITTLE_ENDIAN).getInt()
              & 0xffffffffL;
      at += (int) (8 + size + (size & 1));
    }
    return names;
  }
}
