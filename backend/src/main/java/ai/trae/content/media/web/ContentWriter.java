package ai.trae.content.media.web;

import ai.trae.content.media.MediaProblem;
import ai.trae.content.media.MediaServing;
import ai.trae.content.media.MediaServing.Served;
import ai.trae.content.media.storage.ByteRange;
import ai.trae.platform.web.ProblemException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRange;

/**
 * Writes a stored object as HTTP: 304 when {@code If-None-Match} names its ETag, one range as 206
 * (416 when it lies past the end; several ranges, or an {@code If-Range} for other bytes, get the
 * whole file, as RFC 9110 allows), read from storage as a range so that nothing before it is
 * fetched. Security's no-cache headers are replaced for what may be cached.
 */
final class ContentWriter {

  static final String IMMUTABLE = "public, max-age=31536000, immutable";
  static final String PRIVATE_IMMUTABLE = "private, max-age=31536000, immutable";

  private ContentWriter() {}

  static void write(
      Served served,
      MediaServing serving,
      String cacheControl,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    boolean notModified = matches(request.getHeader(HttpHeaders.IF_NONE_MATCH), served.etag());
    ByteRange range = notModified ? null : range(request, served);
    response.setHeader(HttpHeaders.ETAG, served.etag());
    response.setHeader(HttpHeaders.CACHE_CONTROL, cacheControl);
    response.setHeader(HttpHeaders.PRAGMA, null);
    response.setHeader(HttpHeaders.EXPIRES, null);
    response.setHeader(HttpHeaders.ACCEPT_RANGES, "bytes");
    response.setHeader("X-Content-Type-Options", "nosniff");
    ContentDisposition.Builder disposition =
        served.downloadOnly() ? ContentDisposition.attachment() : ContentDisposition.inline();
    response.setHeader(
        HttpHeaders.CONTENT_DISPOSITION,
        disposition
            .filename(served.fileName(), java.nio.charset.StandardCharsets.UTF_8)
            .build()
            .toString());
    if (served.downloadOnly()) {
      // an SVG opened anyway runs no script and reaches nothing: a unique origin, no scripts
      response.setHeader("Content-Security-Policy", "sandbox");
    }
    if (notModified) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    response.setContentType(served.mediaType());
    if (range != null) {
      response.setStatus(HttpServletResponse.SC_PARTIAL_CONTENT);
      response.setHeader(
          HttpHeaders.CONTENT_RANGE,
          "bytes " + range.first() + "-" + range.last() + "/" + served.size());
      response.setContentLengthLong(range.length());
    } else {
      response.setContentLengthLong(served.size());
    }
    if (request.getMethod().equals("HEAD") || served.size() == 0) {
      return;
    }
    try (InputStream in = serving.open(served, range);
        OutputStream out = response.getOutputStream()) {
      in.transferTo(out);
    }
  }

  private static @Nullable ByteRange range(HttpServletRequest request, Served served) {
    String header = request.getHeader(HttpHeaders.RANGE);
    if (header == null || served.size() == 0) {
      return null;
    }
    String ifRange = request.getHeader(HttpHeaders.IF_RANGE);
    if (ifRange != null && !ifRange.strip().equals(served.etag())) {
      return null;
    }
    List<HttpRange> ranges;
    try {
      ranges = HttpRange.parseRanges(header);
    } catch (IllegalArgumentException malformed) {
      // a Range header that is not one is ignored (RFC 9110, 14.2)
      return null;
    }
    if (ranges.size() != 1) {
      return null;
    }
    try {
      HttpRange wanted = ranges.getFirst();
      long first = wanted.getRangeStart(served.size());
      long last = wanted.getRangeEnd(served.size());
      if (first > last) {
        throw new IllegalArgumentException("empty range");
      }
      return new ByteRange(first, last);
    } catch (IllegalArgumentException unsatisfiable) {
      ProblemException problem =
          new ProblemException(
              MediaProblem.RANGE_NOT_SATISFIABLE,
              "The file has %d bytes; %s asks for none of them.".formatted(served.size(), header));
      problem.getHeaders().set(HttpHeaders.CONTENT_RANGE, "bytes */" + served.size());
      throw problem;
    }
  }

  static boolean matches(@Nullable String ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String tag : ifNoneMatch.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || t.equals(etag) || t.equals("W/" + etag)) {
        return true;
      }
    }
    return false;
  }
}
