package ai.trae.content.media.web;

import ai.trae.content.item.Editor;
import ai.trae.content.item.MediaUsage.UsingItem;
import ai.trae.content.media.Media;
import ai.trae.content.media.MediaKind;
import ai.trae.content.media.MediaLibrary;
import ai.trae.content.media.MediaProblem;
import ai.trae.content.media.MediaProperties;
import ai.trae.content.media.MediaServing;
import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ValidationFailedException;
import ai.trae.platform.web.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.media.SchemaProperty;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.fileupload2.core.FileItemInput;
import org.apache.commons.fileupload2.core.FileItemInputIterator;
import org.apache.commons.fileupload2.jakarta.servlet6.JakartaServletFileUpload;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The media library: upload, list, read, describe and delete files. */
@Tag(name = "Media", description = "The media library")
@RestController
@RequestMapping("/api/v1/media")
class MediaController {

  static final String BASE = "/api/v1/media/";

  /** Multipart framing around the file: boundaries and part headers. */
  private static final long FRAMING = 64 * 1024;

  private static final Logger log = LoggerFactory.getLogger(MediaController.class);

  private final MediaLibrary library;
  private final MediaServing serving;
  private final MediaProperties properties;
  private final People people;

  MediaController(
      MediaLibrary library, MediaServing serving, MediaProperties properties, People people) {
    this.library = library;
    this.serving = serving;
    this.properties = properties;
    this.people = people;
  }

  @Operation(
      summary = "Upload a file (multipart/form-data, part \"file\")",
      description =
          "Streamed to storage, never held in memory. 201 with Location for a new file; 200 with"
              + " the existing one when the same bytes were uploaded before. 413"
              + " /problems/media-too-large past TRAE_MEDIA_MAX_UPLOAD_SIZE; 415"
              + " /problems/media-type-not-allowed or /problems/media-type-mismatch (the name or"
              + " part Content-Type disagrees with the bytes); 400 /problems/media-upload-unreadable.")
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content =
          @Content(
              mediaType = "multipart/form-data",
              schemaProperties =
                  @SchemaProperty(
                      name = "file",
                      schema = @Schema(type = "string", format = "binary"))))
  @PostMapping
  @RequirePermission(Permissions.MEDIA_MANAGE)
  ResponseEntity<MediaResponse> upload(Authentication caller, HttpServletRequest request) {
    if (!JakartaServletFileUpload.isMultipartContent(request)) {
      throw unreadable("Send multipart/form-data with the file in a part named \"file\".");
    }
    long max = properties.maxUploadSize().toBytes();
    if (request.getContentLengthLong() > max + FRAMING) {
      // refused before a byte of the body is read
      throw new ProblemException(
          MediaProblem.MEDIA_TOO_LARGE,
          "The upload is larger than the %d bytes this server accepts.".formatted(max));
    }
    Editor editor = Editor.of(caller);
    try {
      FileItemInputIterator parts = new JakartaServletFileUpload<>().getItemIterator(request);
      while (parts.hasNext()) {
        FileItemInput part = parts.next();
        if (part.isFormField() || !"file".equals(part.getFieldName())) {
          continue;
        }
        // not closed when refused: closing would read the rest of the part, however long
        MediaLibrary.Uploaded uploaded =
            library.upload(part.getName(), part.getContentType(), part.getInputStream(), editor);
        MediaResponse body = shown(uploaded.media()).body();
        return uploaded.created()
            ? ResponseEntity.created(URI.create(BASE + body.id()))
                .eTag(etag(uploaded.media()))
                .body(body)
            : ResponseEntity.ok().eTag(etag(uploaded.media())).body(body);
      }
    } catch (IOException ex) {
      // a broken or cut-off multipart body (storage failures are already 503 problems)
      log.debug("Unreadable upload: {}", ex.toString());
      throw unreadable("The multipart body could not be read to its end.");
    }
    throw unreadable("No part named \"file\" with a file name.");
  }

  @Operation(
      summary = "The library, newest first",
      description =
          "kind: image, video, audio or document; q: part of the file name or alt text, any case."
              + " Keyset pages: pass nextCursor as cursor.")
  @GetMapping
  @RequirePermission(Permissions.CONTENT_READ)
  Page<MediaResponse> list(
      @RequestParam(required = false) @Nullable String kind,
      @RequestParam(required = false) @Nullable String q,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
    MediaKind parsed =
        kind == null || kind.isBlank()
            ? null
            : MediaKind.parse(kind)
                .orElseThrow(
                    () ->
                        new ValidationFailedException(
                            "kind", "One of image, video, audio, document."));
    Page<Media> page = library.list(parsed, q, PageRequest.of(cursor, limit, 50, 200));
    Map<UserId, Person> names =
        people.findAll(
            page.items().stream().map(m -> UserId.of(m.createdBy())).distinct().toList());
    return page.map(m -> MediaResponse.from(m, names));
  }

  @Operation(summary = "One file's metadata; 304 when If-None-Match names its ETag")
  @GetMapping("/{id}")
  @RequirePermission(Permissions.CONTENT_READ)
  Versioned<MediaResponse> get(@PathVariable UUID id) {
    return shown(library.get(id));
  }

  @Operation(
      summary = "Change the alt text",
      description = "428 without If-Match; 412 /problems/version-conflict with current when stale.")
  @PatchMapping("/{id}")
  @RequirePermission(Permissions.MEDIA_MANAGE)
  Versioned<MediaResponse> update(
      @PathVariable UUID id, IfMatch ifMatch, @Valid @RequestBody UpdateMediaRequest body) {
    return shown(library.updateAltText(id, body.altText(), ifMatch, m -> shown(m).body()));
  }

  @Operation(summary = "The content items that use this file (as their cover)")
  @GetMapping("/{id}/usage")
  @RequirePermission(Permissions.CONTENT_READ)
  Page<UsingItem> usage(@PathVariable UUID id) {
    return Page.all(library.whereUsed(id));
  }

  @Operation(
      summary = "Delete a file and its variants",
      description = "409 /problems/media-in-use, listing the items (items) that still use it.")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequirePermission(Permissions.MEDIA_MANAGE)
  void delete(Authentication caller, @PathVariable UUID id) {
    library.delete(id, Editor.of(caller));
  }

  record SignedUrlResponse(String url, java.time.Instant expiresAt) {}

  @Operation(
      summary = "A URL that serves the file (or a variant) without a session until it expires",
      description = "For <img> and <video> elements and for sharing; at most 7 days.")
  @PostMapping("/{id}/signed-urls")
  @RequirePermission(Permissions.CONTENT_READ)
  SignedUrlResponse sign(@PathVariable UUID id, @Valid @RequestBody SignedUrlRequest body) {
    String name = body.variant() == null ? MediaServing.ORIGINAL : body.variant();
    Duration ttl = body.ttlSeconds() == null ? null : Duration.ofSeconds(body.ttlSeconds());
    MediaServing.SignedUrl signed = serving.sign(id, name, ttl);
    return new SignedUrlResponse(signed.path(), signed.expiresAt());
  }

  private Versioned<MediaResponse> shown(Media media) {
    Map<UserId, Person> names = people.findAll(List.of(UserId.of(media.createdBy())));
    return Versioned.of(MediaResponse.from(media, names), media.version());
  }

  private static String etag(Media media) {
    return Versioned.of(media, media.version()).etag();
  }

  private static ProblemException unreadable(String detail) {
    return new ProblemException(MediaProblem.MEDIA_UPLOAD_UNREADABLE, detail);
  }
}
