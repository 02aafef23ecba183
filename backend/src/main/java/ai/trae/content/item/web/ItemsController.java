package ai.trae.content.item.web;

import ai.trae.content.ContentProblem;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.Editor;
import ai.trae.content.item.Items;
import ai.trae.content.item.NewItem;
import ai.trae.content.item.VersionSource;
import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ValidationFailedException;
import ai.trae.platform.web.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.WebRequest;

/** Content items: create, read, edit, trash, delete and move through the workflow. */
@Tag(name = "Content", description = "Content items and their workflow")
@RestController
@RequestMapping("/api/v1/content")
class ItemsController {

  static final String BASE = "/api/v1/content/";

  private final Items items;
  private final People people;

  ItemsController(Items items, People people) {
    this.items = items;
    this.people = people;
  }

  @Operation(summary = "The content types, their panels and limits, and each network's limit")
  @GetMapping("/types")
  @RequirePermission(Permissions.CONTENT_READ)
  TypesResponse types() {
    return TypesResponse.all();
  }

  @Operation(
      summary = "Create an item (version 1)",
      description =
          "201 with Location and ETag. 400 /problems/validation-failed (with errors) for a field"
              + " over its type's limit or a type without that panel; 409 /problems/slug-taken."
              + " Honours Idempotency-Key.")
  @PostMapping
  @RequirePermission(Permissions.CONTENT_WRITE_OWN)
  ResponseEntity<ItemResponse> create(
      Authentication caller, @Valid @RequestBody CreateItemRequest body) {
    ContentType type =
        ContentType.parse(body.type())
            .orElseThrow(() -> new ValidationFailedException("type", "Not a content type."));
    ContentStatus status =
        body.status() == null
            ? ContentStatus.DRAFT
            : ContentStatus.parse(body.status())
                .filter(s -> s == ContentStatus.IDEA || s == ContentStatus.DRAFT)
                .orElseThrow(
                    () -> new ValidationFailedException("status", "Either idea or draft."));
    Editor editor = Editor.of(caller);
    ContentItem item =
        items.create(
            new NewItem(type, status, body.content(), editor.source(), body.note(), null, null),
            editor);
    Versioned<ItemResponse> created = shown(item, editor);
    return ResponseEntity.created(URI.create(BASE + item.id()))
        .eTag(created.etag())
        .body(created.body());
  }

  @Operation(summary = "One item; 304 when If-None-Match names its ETag")
  @GetMapping("/{id}")
  @RequirePermission(Permissions.CONTENT_READ)
  Versioned<ItemResponse> get(Authentication caller, @PathVariable UUID id) {
    return shown(items.get(id), Editor.of(caller));
  }

  @Operation(
      summary = "One item by type and slug",
      description = "A former slug answers 308 with the Location of the current one.")
  @GetMapping("/by-slug/{type}/{slug}")
  @RequirePermission(Permissions.CONTENT_READ)
  @Nullable ResponseEntity<ItemResponse> bySlug(
      Authentication caller,
      @PathVariable String type,
      @PathVariable String slug,
      WebRequest request) {
    ContentType contentType =
        ContentType.parse(type)
            .orElseThrow(
                () ->
                    new ProblemException(
                        ContentProblem.CONTENT_NOT_FOUND,
                        "There is no content type " + type + "."));
    ContentItem item = items.bySlug(contentType, slug);
    if (!item.content().slug().equals(slug)) {
      return ResponseEntity.status(HttpStatus.PERMANENT_REDIRECT)
          .header(
              HttpHeaders.LOCATION,
              BASE + "by-slug/" + contentType.value() + "/" + item.content().slug())
          .build();
    }
    Versioned<ItemResponse> shown = shown(item, Editor.of(caller));
    if (request.checkNotModified(shown.etag())) {
      return null;
    }
    return ResponseEntity.ok().eTag(shown.etag()).body(shown.body());
  }

  @Operation(
      summary = "Replace an item's content (a new version)",
      description =
          "Every field is replaced; a null slug keeps it. 428 without If-Match; 412"
              + " /problems/version-conflict with current (the stored item) when it is stale; 400"
              + " /problems/validation-failed; 409 /problems/slug-taken; 409"
              + " /problems/content-trashed.")
  @PutMapping("/{id}")
  @RequirePermission(Permissions.CONTENT_WRITE_OWN)
  Versioned<ItemResponse> update(
      Authentication caller,
      @PathVariable UUID id,
      IfMatch ifMatch,
      @Valid @RequestBody UpdateItemRequest body) {
    Editor editor = Editor.of(caller);
    return shown(items.update(id, body.content(), ifMatch, editor, body.note()), editor);
  }

  @Operation(
      summary = "Take a workflow action (a new version)",
      description =
          "409 /problems/illegal-transition (with allowed) when the status does not permit the"
              + " action; 403 when you may not take it; 400 for reject without comment or schedule"
              + " without a future at. If-Match is checked when sent.")
  @PostMapping("/{id}/transitions")
  @RequirePermission(Permissions.CONTENT_READ)
  Versioned<ItemResponse> transition(
      Authentication caller,
      @PathVariable UUID id,
      @RequestHeader(name = IfMatch.HEADER, required = false) @Nullable String ifMatch,
      @Valid @RequestBody TransitionRequest body) {
    Editor editor = Editor.of(caller);
    ContentItem item =
        items.transition(
            id,
            body.action(),
            body.comment(),
            body.at(),
            ifMatch == null || ifMatch.isBlank() ? null : IfMatch.parse(ifMatch),
            editor,
            VersionSource.TRANSITION);
    return shown(item, editor);
  }

  @Operation(summary = "Move an item to the trash (hidden from lists)")
  @PostMapping("/{id}/trash")
  @RequirePermission(Permissions.CONTENT_WRITE_OWN)
  Versioned<ItemResponse> trash(Authentication caller, @PathVariable UUID id) {
    Editor editor = Editor.of(caller);
    return shown(items.trash(id, editor), editor);
  }

  @Operation(summary = "Take an item back out of the trash")
  @PostMapping("/{id}/untrash")
  @RequirePermission(Permissions.CONTENT_WRITE_OWN)
  Versioned<ItemResponse> untrash(Authentication caller, @PathVariable UUID id) {
    Editor editor = Editor.of(caller);
    return shown(items.untrash(id, editor), editor);
  }

  @Operation(
      summary = "Delete a trashed item for good, with its history",
      description = "409 /problems/content-not-trashed unless it is in the trash. Audited.")
  @DeleteMapping("/{id}")
  @RequirePermission(Permissions.CONTENT_DELETE)
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(Authentication caller, @PathVariable UUID id) {
    items.delete(id, Editor.of(caller));
  }

  private Versioned<ItemResponse> shown(ContentItem item, Editor editor) {
    return Versioned.of(ItemResponse.from(item, people, editor), item.version());
  }
}
