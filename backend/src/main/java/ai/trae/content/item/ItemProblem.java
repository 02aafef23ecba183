package ai.trae.content.item;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Refusals of the item service beyond the kinds every content feature shares. */
public enum ItemProblem implements ProblemKind {
  CONTENT_TRASHED(
      "content-trashed",
      HttpStatus.CONFLICT,
      "Item is in the trash",
      "The item is in the trash: it cannot be edited or moved through the workflow until it is"
          + " taken back out (POST /api/v1/content/{id}/untrash)."),
  CONTENT_NOT_TRASHED(
      "content-not-trashed",
      HttpStatus.CONFLICT,
      "Item is not in the trash",
      "Only an item in the trash can be deleted for good. Move it to the trash first.");

  private final Definition definition;

  ItemProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
