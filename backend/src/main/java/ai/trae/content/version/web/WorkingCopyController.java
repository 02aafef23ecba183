package ai.trae.content.version.web;

import ai.trae.content.version.VersionHistory;
import ai.trae.content.version.WorkingCopies;
import ai.trae.content.version.WorkingCopies.WorkingCopy;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.ValidationFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

/**
 * The editor's autosave: the caller's own unsaved edits of an item, overwritten on every autosave
 * and cleared by their next save. Never a version, never seen by anyone else.
 */
@Tag(name = "Content working copy", description = "Autosave: unsaved edits, one per item and user")
@RestController
@RequestMapping("/api/v1/content/{id}/working-copy")
@RequirePermission(Permissions.CONTENT_WRITE_OWN)
class WorkingCopyController {

  private final VersionHistory history;
  private final WorkingCopies copies;
  private final Clock clock;

  WorkingCopyController(VersionHistory history, WorkingCopies copies, Clock clock) {
    this.history = history;
    this.copies = copies;
    this.clock = clock;
  }

  /**
   * @param baseVersion the item's version (ETag) the edits started from
   * @param content the editor's fields as it holds them
   */
  record WorkingCopyRequest(@NotNull @PositiveOrZero Long baseVersion, @NotNull JsonNode content) {}

  record SavedResponse(Instant savedAt, long baseVersion) {}

  record WorkingCopyResponse(Instant savedAt, long baseVersion, JsonNode content) {}

  @Operation(
      summary = "Autosave the caller's unsaved edits",
      description = "Overwrites the previous working copy; not a version.")
  @PutMapping
  SavedResponse put(
      @AuthenticationPrincipal CurrentUser caller,
      @PathVariable UUID id,
      @Valid @RequestBody WorkingCopyRequest body) {
    history.item(id);
    if (!body.content().isObject()) {
      throw new ValidationFailedException("content", "must be an object");
    }
    WorkingCopy copy = new WorkingCopy(body.baseVersion(), clock.instant(), body.content());
    copies.put(id, caller.userId(), copy);
    return new SavedResponse(copy.savedAt(), copy.baseVersion());
  }

  @Operation(
      summary = "The caller's working copy",
      description =
          "204 without a body when nothing is autosaved: the ordinary state of an item, not an"
              + " error (an editor asks on every open).")
  @GetMapping
  ResponseEntity<WorkingCopyResponse> get(
      @AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
    history.item(id);
    return copies
        .find(id, caller.userId())
        .map(
            copy ->
                ResponseEntity.ok(
                    new WorkingCopyResponse(copy.savedAt(), copy.baseVersion(), copy.content())))
        .orElseGet(() -> ResponseEntity.noContent().build());
  }

  @Operation(summary = "Discard the caller's working copy")
  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void discard(@AuthenticationPrincipal CurrentUser caller, @PathVariable UUID id) {
    history.item(id);
    copies.clear(id, caller.userId());
  }
}
