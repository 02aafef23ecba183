package ai.trae.content.media.web;

import ai.trae.content.media.MediaServing;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The bytes of media files and their variants: strong ETags, ranges, and caching fit for what never
 * changes (an id's bytes and a variant's are fixed once stored).
 */
@Tag(name = "Media", description = "The media library")
@RestController
@RequestMapping("/api/v1/media")
class MediaContentController {

  private static final String SERVING =
      " 304 on If-None-Match; Range: one range gives 206, past the end 416"
          + " /problems/range-not-satisfiable. SVG comes as an attachment under"
          + " Content-Security-Policy: sandbox.";

  private final MediaServing serving;
  private final Clock clock;

  MediaContentController(MediaServing serving, Clock clock) {
    this.serving = serving;
    this.clock = clock;
  }

  @Operation(summary = "The original file", description = "ETag: its SHA-256." + SERVING)
  @GetMapping("/{id}/content")
  @RequirePermission(Permissions.CONTENT_READ)
  void content(@PathVariable UUID id, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    ContentWriter.write(
        serving.served(id, MediaServing.ORIGINAL),
        serving,
        ContentWriter.PRIVATE_IMMUTABLE,
        request,
        response);
  }

  @Operation(
      summary = "A variant (thumbnail, medium, large, each also as -webp)",
      description = "Cache-Control: public, max-age=31536000, immutable." + SERVING)
  @GetMapping("/{id}/variants/{name}")
  @RequirePermission(Permissions.CONTENT_READ)
  void variant(
      @PathVariable UUID id,
      @PathVariable String name,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    ContentWriter.write(
        serving.served(id, name), serving, ContentWriter.IMMUTABLE, request, response);
  }

  @Operation(
      summary = "A file or variant through a signed URL, without a session",
      description =
          "The URL comes from POST /api/v1/media/{id}/signed-urls. 404"
              + " /problems/media-link-invalid when it was altered or has expired."
              + SERVING)
  @GetMapping("/signed/{id}/{name}")
  @PermitAll
  void signed(
      @PathVariable UUID id,
      @PathVariable String name,
      @RequestParam long expires,
      @RequestParam int key,
      @RequestParam String signature,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    MediaServing.Served served = serving.verified(id, name, expires, key, signature);
    long left = Math.max(0, expires - Instant.now(clock).getEpochSecond());
    ContentWriter.write(served, serving, "private, max-age=" + left, request, response);
  }
}
