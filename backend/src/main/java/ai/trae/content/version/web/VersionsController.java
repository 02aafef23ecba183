package ai.trae.content.version.web;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemView;
import ai.trae.content.version.Version;
import ai.trae.content.version.VersionDiff;
import ai.trae.content.version.VersionHistory;
import ai.trae.content.version.VersionHistory.VersionContent;
import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.Versioned;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(
    name = "Content versions",
    description = "Every save's immutable version: list, read, diff, restore, pin")
@RestController
@RequestMapping("/api/v1/content/{id}/versions")
@RequirePermission(Permissions.CONTENT_READ)
class VersionsController {

  private final VersionHistory history;
  private final People people;
  private final ObjectProvider<ItemView> view;

  VersionsController(VersionHistory history, People people, ObjectProvider<ItemView> view) {
    this.history = history;
    this.people = people;
    this.view = view;
  }

  record PinRequest(@NotNull Boolean pinned) {}

  @Operation(
      summary = "The item's versions, newest first",
      description = "404 /problems/content-not-found for an unknown item.")
  @GetMapping
  Page<VersionResponse> list(
      @PathVariable UUID id,
      @RequestParam @Nullable String cursor,
      @RequestParam(defaultValue = "25") @Min(1) @Max(100) int limit) {
    Page<Version> page = history.page(id, PageRequest.of(cursor, limit, 25, 100));
    var authors = VersionResponse.authors(people, page.items());
    return page.map(v -> VersionResponse.from(v, authors, null));
  }

  @Operation(
      summary = "One version with its content",
      description = "404 /problems/version-not-found for a number the item has not (any more).")
  @GetMapping("/{number}")
  VersionResponse read(@PathVariable UUID id, @PathVariable int number) {
    VersionContent read = history.read(id, number);
    var authors = VersionResponse.authors(people, List.of(read.version()));
    return VersionResponse.from(read.version(), authors, read.content());
  }

  @Operation(
      summary = "What changed between two versions, field by field",
      description =
          "Only changed fields are listed; texts (title, summary, body, variant titles and bodies)"
              + " carry a word diff, tags and channels added and removed. 404"
              + " /problems/version-not-found when either version is missing.")
  @GetMapping("/diff")
  VersionDiff diff(
      @PathVariable UUID id, @RequestParam @Min(1) int from, @RequestParam @Min(1) int to) {
    return history.diff(id, from, to);
  }

  @Operation(
      summary = "Restore a version: its content becomes a new version (source restore)",
      description =
          "History is never rewritten. Needs the right to edit the item (403 otherwise); 428"
              + " without If-Match, 412 /problems/version-conflict (with current) when it is stale;"
              + " 404 /problems/version-not-found for a missing version.")
  @PostMapping("/{number}/restore")
  @RequirePermission(Permissions.CONTENT_WRITE_OWN)
  Versioned<Object> restore(
      Authentication caller, @PathVariable UUID id, @PathVariable int number, IfMatch ifMatch) {
    Editor editor = Editor.of(caller);
    ContentItem restored = history.restore(id, number, ifMatch, editor);
    ItemView shown = view.getIfAvailable();
    return Versioned.of(
        shown == null ? restored : shown.show(restored, editor), restored.version());
  }

  @Operation(
      summary = "Pin or unpin a version: pinned versions are kept by retention",
      description = "Needs the right to edit the item (403 otherwise).")
  @PutMapping("/{number}/pin")
  @RequirePermission(Permissions.CONTENT_WRITE_OWN)
  VersionResponse pin(
      Authentication caller,
      @PathVariable UUID id,
      @PathVariable int number,
      @Valid @RequestBody PinRequest body) {
    Version pinned = history.pin(id, number, body.pinned(), Editor.of(caller));
    return VersionResponse.from(pinned, VersionResponse.authors(people, List.of(pinned)), null);
  }
}
