package ai.trae.content.newsletter;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Refusals of the newsletter API and its public links. */
public enum NewsletterProblem implements ProblemKind {
  LIST_NOT_FOUND(
      "newsletter-list-not-found",
      HttpStatus.NOT_FOUND,
      "Newsletter list not found",
      "There is no newsletter list with this id (it may have been deleted)."),
  SUBSCRIBER_NOT_FOUND(
      "newsletter-subscriber-not-found",
      HttpStatus.NOT_FOUND,
      "Subscriber not found",
      "The list has no subscriber with this id."),
  EDITION_NOT_FOUND(
      "newsletter-edition-not-found",
      HttpStatus.NOT_FOUND,
      "Edition not found",
      "There is no newsletter edition with this id."),
  SUPPRESSION_NOT_FOUND(
      "newsletter-suppression-not-found",
      HttpStatus.NOT_FOUND,
      "Address not suppressed",
      "This address is not on the suppression list."),
  LINK_INVALID(
      "newsletter-link-invalid",
      HttpStatus.NOT_FOUND,
      "Newsletter link not valid",
      "This confirmation, unsubscribe or tracked link is unknown, expired, already used or was"
          + " altered. Sign up again for a new confirmation link."),
  SUBSCRIBER_EXISTS(
      "newsletter-subscriber-exists",
      HttpStatus.CONFLICT,
      "Already on the list",
      "The address is already on this list; change its status instead of adding it again."),
  IMPORT_UNREADABLE(
      "newsletter-import-unreadable",
      HttpStatus.BAD_REQUEST,
      "Subscriber import unreadable",
      "Send the CSV as the request body (Content-Type text/csv), UTF-8, with a header row"
          + " email[,name]. Nothing was imported."),
  MAIL_NOT_CONFIGURED(
      "newsletter-mail-not-configured",
      HttpStatus.CONFLICT,
      "Mail is not configured",
      "Newsletters need an SMTP server (TRAE_SMTP_HOST or the instance settings); none is set.");

  private final Definition definition;

  NewsletterProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
