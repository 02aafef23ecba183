package ai.trae.content;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/**
 * The problem kinds every content feature may answer with. A feature's own kinds (versions, review,
 * import) live in an enum of its own, registered the same way.
 */
public enum ContentProblem implements ProblemKind {
  CONTENT_NOT_FOUND(
      "content-not-found",
      HttpStatus.NOT_FOUND,
      "Content not found",
      "There is no content item with this id (or slug), or it was deleted permanently."),
  SLUG_TAKEN(
      "slug-taken",
      HttpStatus.CONFLICT,
      "Slug already in use",
      "Another item of this type has, or used to have, this slug (old slugs keep redirecting to"
          + " their item). Choose another slug."),
  ILLEGAL_TRANSITION(
      "illegal-transition",
      HttpStatus.CONFLICT,
      "Transition not allowed",
      "The item's status does not allow this workflow action. The answer's allowed property lists"
          + " the actions that are possible now.");

  private final Definition definition;

  ContentProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
