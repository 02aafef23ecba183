package ai.trae.content.transfer;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Refusals of a whole import; a bad file inside one is reported in the answer instead. */
public enum TransferProblem implements ProblemKind {
  IMPORT_TOO_LARGE(
      "import-too-large",
      HttpStatus.CONTENT_TOO_LARGE,
      "Import too large",
      "The zip holds more files, or more data once uncompressed, than one import accepts"
          + " (TRAE_CONTENT_IMPORTS_MAX_FILES, TRAE_CONTENT_IMPORTS_MAX_TOTAL_SIZE). Nothing was"
          + " imported; split it into smaller zips."),
  IMPORT_UNREADABLE(
      "import-unreadable",
      HttpStatus.BAD_REQUEST,
      "Import not readable",
      "The upload is neither a zip archive nor a Markdown (.md) file, or the zip is damaged."
          + " Nothing was imported.");

  private final Definition definition;

  TransferProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
