package ai.trae.content.review.web;

import ai.trae.content.render.ItemRenderer;
import ai.trae.content.review.Comment;
import ai.trae.content.review.ExternalReview;
import ai.trae.content.review.ReviewRateLimits;
import ai.trae.platform.ratelimit.RateLimiter;
import ai.trae.platform.web.ValidDisplayName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * The review page's API for someone without an account: the token in the path is the only
 * credential. Every call is rate-limited per client address.
 */
@Tag(name = "Public review", description = "Review through a share link, without an account")
@RestController
@RequestMapping("/api/v1/review/{token}")
class PublicReviewController {

  private static final String INVALID =
      " 404 /problems/share-link-invalid for an unknown, expired or revoked link; 429 when the"
          + " address used its budget (review-ip, review-write-ip).";

  private final ExternalReview review;
  private final ItemRenderer renderer;
  private final RateLimiter limits;

  PublicReviewController(ExternalReview review, ItemRenderer renderer, RateLimiter limits) {
    this.review = review;
    this.renderer = renderer;
    this.limits = limits;
  }

  record RenderedVariant(String channel, String title, String html) {}

  record ReviewPage(
      String title,
      String type,
      String html,
      List<RenderedVariant> variants,
      List<CommentResponse> comments,
      Instant expiresAt) {}

  record ExternalComment(
      @ValidDisplayName String name,
      @NotBlank @Size(max = CommentsController.MAX_BODY) String body,
      @Nullable @Size(max = CommentsController.MAX_QUOTE) String quote) {}

  record Verdict(
      @ValidDisplayName String name,
      @NotNull @Pattern(regexp = "approved|changes-requested") String verdict,
      @Nullable @Size(max = CommentsController.MAX_BODY) String comment) {}

  @Operation(
      summary = "The item as its channels will show it, and the comments made through this link",
      description = "html and each variant's html are sanitised (docs/security.md)." + INVALID)
  @PermitAll
  @GetMapping
  ReviewPage show(@PathVariable String token, HttpServletRequest request) {
    limits.check(ReviewRateLimits.REVIEW_IP, request.getRemoteAddr());
    ExternalReview.Opened opened = review.open(token);
    ItemRenderer.Rendered main = renderer.main(opened.item());
    return new ReviewPage(
        main.title(),
        opened.item().type().value(),
        main.html(),
        renderer.variants(opened.item()).stream()
            .map(v -> new RenderedVariant(String.valueOf(v.channel()), v.title(), v.html()))
            .toList(),
        opened.comments().stream().map(CommentResponse::external).toList(),
        opened.link().expiresAt());
  }

  @Operation(summary = "Comment as a named reviewer", description = INVALID)
  @PermitAll
  @PostMapping("/comments")
  @ResponseStatus(HttpStatus.CREATED)
  CommentResponse comment(
      @PathVariable String token,
      @Valid @RequestBody ExternalComment body,
      HttpServletRequest request) {
    writeBudget(request);
    Comment c =
        review.comment(
            token, body.name(), body.body(), CommentsController.blankToNull(body.quote()));
    return CommentResponse.external(c);
  }

  @Operation(
      summary = "Approve, or ask for changes",
      description =
          "Recorded on the item as a comment with the verdict, in the audit log and as a"
              + " ContentReviewed event."
              + INVALID)
  @PermitAll
  @PostMapping("/verdict")
  @ResponseStatus(HttpStatus.CREATED)
  CommentResponse verdict(
      @PathVariable String token, @Valid @RequestBody Verdict body, HttpServletRequest request) {
    writeBudget(request);
    Comment c =
        review.verdict(
            token, body.name(), body.verdict(), CommentsController.blankToNull(body.comment()));
    return CommentResponse.external(c);
  }

  private void writeBudget(HttpServletRequest request) {
    limits.check(ReviewRateLimits.REVIEW_IP, request.getRemoteAddr());
    limits.check(ReviewRateLimits.REVIEW_WRITE_IP, request.getRemoteAddr());
  }
}
