package ai.trae.content.review.web;

import ai.trae.content.item.Editor;
import ai.trae.content.review.Comment;
import ai.trae.content.review.ReviewComments;
import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Review comments", description = "Comments on an item, optionally on a quoted passage")
@RestController
@RequestMapping("/api/v1/content/{id}/comments")
@RequirePermission(Permissions.CONTENT_READ)
class CommentsController {

  static final int MAX_BODY = 10_000;
  static final int MAX_QUOTE = 1_000;

  private final ReviewComments comments;
  private final People people;

  CommentsController(ReviewComments comments, People people) {
    this.comments = comments;
    this.people = people;
  }

  record NewComment(
      @NotBlank @Size(max = MAX_BODY) String body, @Nullable @Size(max = MAX_QUOTE) String quote) {}

  record EditedComment(@NotBlank @Size(max = MAX_BODY) String body) {}

  record Resolution(@NotNull Boolean resolved) {}

  @Operation(
      summary = "The item's comments, oldest first",
      description = "404 /problems/content-not-found.")
  @GetMapping
  Page<CommentResponse> list(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
    Page<Comment> page = comments.list(id, PageRequest.of(cursor, limit, 50, 100));
    return new Page<>(CommentResponse.of(page.items(), people), page.nextCursor());
  }

  @Operation(summary = "Comment on the item")
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CommentResponse add(
      @PathVariable UUID id, @Valid @RequestBody NewComment body, Authentication caller) {
    Comment c = comments.add(id, body.body(), blankToNull(body.quote()), Editor.of(caller));
    return one(c);
  }

  @Operation(
      summary = "Change your own comment",
      description = "403 /problems/forbidden for someone else's; 404 /problems/comment-not-found.")
  @PutMapping("/{commentId}")
  CommentResponse edit(
      @PathVariable UUID id,
      @PathVariable UUID commentId,
      @Valid @RequestBody EditedComment body,
      Authentication caller) {
    return one(comments.edit(id, commentId, body.body(), Editor.of(caller)));
  }

  @Operation(summary = "Mark a comment resolved, or open it again")
  @PostMapping("/{commentId}/resolve")
  @RequirePermission(Permissions.CONTENT_WRITE_OWN)
  CommentResponse resolve(
      @PathVariable UUID id,
      @PathVariable UUID commentId,
      @Valid @RequestBody Resolution body,
      Authentication caller) {
    return one(comments.resolve(id, commentId, body.resolved(), Editor.of(caller)));
  }

  @Operation(
      summary = "Delete a comment: your own, or any as a reviewer (content:review)",
      description = "403 /problems/forbidden otherwise.")
  @DeleteMapping("/{commentId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void delete(@PathVariable UUID id, @PathVariable UUID commentId, Authentication caller) {
    comments.delete(id, commentId, Editor.of(caller));
  }

  private CommentResponse one(Comment c) {
    return CommentResponse.of(List.of(c), people).getFirst();
  }

  static @Nullable String blankToNull(@Nullable String text) {
    return text == null || text.isBlank() ? null : text;
  }
}
