package ai.trae.content.listing.web;

import ai.trae.content.item.Editor;
import ai.trae.content.listing.BulkAction;
import ai.trae.content.listing.ContentBulk;
import ai.trae.content.listing.ContentBulk.Result;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.ValidationFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Content", description = "Content items and their workflow")
@RestController
@RequestMapping("/api/v1/content")
class BulkController {

  private final ContentBulk bulk;

  BulkController(ContentBulk bulk) {
    this.bulk = bulk;
  }

  /**
   * @param tags for {@code tag} and {@code untag}
   * @param authorId for {@code assign}
   */
  record BulkRequest(
      @NotBlank String action,
      @NotEmpty @Size(max = ContentBulk.MAX_IDS) List<@NotNull UUID> ids,
      @Nullable @Size(max = 50) List<@NotBlank @Size(max = 100) String> tags,
      @Nullable UUID authorId) {}

  @Operation(
      summary = "One action on up to 500 items",
      description =
          "action: archive, trash, tag, untag (with tags) or assign (with authorId). Each item is"
              + " changed on its own, with the same checks, version (source bulk), audit entry"
              + " and event as a single change; the items refused (not found, not yours, an"
              + " illegal transition) are listed in failed with their problem, the others still"
              + " change. 400 /problems/validation-failed for more than 500 ids, an unknown"
              + " action, or a missing tags/authorId.")
  @PostMapping("/bulk")
  @RequirePermission(Permissions.CONTENT_WRITE_OWN)
  Result apply(Authentication caller, @Valid @RequestBody BulkRequest body) {
    BulkAction action =
        BulkAction.parse(body.action().strip())
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        "action", "One of archive, trash, tag, untag, assign."));
    List<String> tags = body.tags() == null ? List.of() : body.tags();
    if ((action == BulkAction.TAG || action == BulkAction.UNTAG) && tags.isEmpty()) {
      throw new ValidationFailedException("tags", "Name the tags to " + action.value() + ".");
    }
    if (action == BulkAction.ASSIGN && body.authorId() == null) {
      throw new ValidationFailedException("authorId", "Name the new author.");
    }
    return bulk.apply(action, body.ids(), tags, body.authorId(), Editor.of(caller));
  }
}
