package ai.trae.content.publishing.feed.web;

import ai.trae.content.publishing.feed.EntityTags;
import ai.trae.content.publishing.feed.Feeds;
import ai.trae.content.publishing.feed.Feeds.Format;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** The public feeds of feed channels: no credential, cached by readers and proxies. */
@Tag(name = "Feeds", description = "RSS 2.0 and Atom for feed channels")
@RestController
class FeedController {

  static final String CACHE_CONTROL = "public, max-age=300";

  private static final String DESCRIPTION =
      "The channel's newest published items (its limit setting, 50 by default), HTML sanitised."
          + " ETag and Last-Modified; If-None-Match or If-Modified-Since answer 304. 404"
          + " /problems/feed-not-found for a slug that is not a feed channel.";

  private final Feeds feeds;

  FeedController(Feeds feeds) {
    this.feeds = feeds;
  }

  @Operation(summary = "A feed channel as RSS 2.0", description = DESCRIPTION)
  @GetMapping("/feeds/{channel}.rss")
  @PermitAll
  void rss(@PathVariable String channel, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(channel, Format.RSS, request, response);
  }

  @Operation(summary = "A feed channel as Atom", description = DESCRIPTION)
  @GetMapping("/feeds/{channel}.atom")
  @PermitAll
  void atom(@PathVariable String channel, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    serve(channel, Format.ATOM, request, response);
  }

  private void serve(
      String channel, Format format, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Feeds.Prepared feed = feeds.prepare(channel, format);
    response.setHeader(HttpHeaders.ETAG, feed.etag());
    response.setDateHeader(HttpHeaders.LAST_MODIFIED, feed.lastModified().toEpochMilli());
    response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_CONTROL);
    if (notModified(request, feed)) {
      response.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      return;
    }
    byte[] body = feeds.render(feed);
    response.setContentType(format.contentType);
    response.setContentLength(body.length);
    response.setHeader("X-Content-Type-Options", "nosniff");
    if (!request.getMethod().equals("HEAD")) {
      response.getOutputStream().write(body);
    }
  }

  /** If-None-Match decides when present (RFC 9110 §13.2.2); If-Modified-Since only without it. */
  private static boolean notModified(HttpServletRequest request, Feeds.Prepared feed) {
    String noneMatch = request.getHeader(HttpHeaders.IF_NONE_MATCH);
    if (noneMatch != null) {
      return EntityTags.noneMatchHits(noneMatch, feed.etag());
    }
    try {
      long since = request.getDateHeader(HttpHeaders.IF_MODIFIED_SINCE);
      return since >= 0 && feed.lastModified().toEpochMilli() <= since;
    } catch (IllegalArgumentException unreadable) {
      return false;
    }
  }
}
