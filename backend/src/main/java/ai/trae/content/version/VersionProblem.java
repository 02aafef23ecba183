package ai.trae.content.version;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** What the version history answers besides the content-wide kinds. */
public enum VersionProblem implements ProblemKind {
  VERSION_NOT_FOUND(
      "version-not-found",
      HttpStatus.NOT_FOUND,
      "Version not found",
      "The item has no version with this number: it never existed or the retention job pruned it"
          + " (published and pinned versions are always kept).");

  private final Definition definition;

  VersionProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
