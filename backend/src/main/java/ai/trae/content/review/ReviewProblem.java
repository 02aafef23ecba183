package ai.trae.content.review;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Refusals of review comments and share links. */
public enum ReviewProblem implements ProblemKind {
  SHARE_LINK_INVALID(
      "share-link-invalid",
      HttpStatus.NOT_FOUND,
      "Review link not valid",
      "This review link does not exist, has expired or was revoked. Ask the person who sent it"
          + " for a new one."),
  COMMENT_NOT_FOUND(
      "comment-not-found",
      HttpStatus.NOT_FOUND,
      "Comment not found",
      "The item has no comment with this id (it may have been deleted)."),
  SHARE_LINK_NOT_FOUND(
      "share-link-not-found",
      HttpStatus.NOT_FOUND,
      "Share link not found",
      "The item has no share link with this id.");

  private final Definition definition;

  ReviewProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
