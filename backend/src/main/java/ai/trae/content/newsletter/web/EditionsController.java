package ai.trae.content.newsletter.web;

import ai.trae.content.newsletter.Edition;
import ai.trae.content.newsletter.EditionRequest;
import ai.trae.content.newsletter.NewsletterProblem;
import ai.trae.content.newsletter.Newsletters;
import ai.trae.content.newsletter.audience.NewsletterLists;
import ai.trae.content.render.MarkdownRenderer;
import ai.trae.identity.Permissions;
import ai.trae.platform.mail.Mailer;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Editions: send one to a list, page a list's editions, and read one's progress. */
@Tag(name = "Newsletter")
@RestController
@RequirePermission(Permissions.NEWSLETTER_MANAGE)
@Validated
class EditionsController {

  private final Newsletters newsletters;
  private final MarkdownRenderer markdown;
  private final Mailer mailer;
  private final NewsletterLists lists;

  EditionsController(
      Newsletters newsletters, MarkdownRenderer markdown, Mailer mailer, NewsletterLists lists) {
    this.newsletters = newsletters;
    this.lists = lists;
    this.markdown = markdown;
    this.mailer = mailer;
  }

  /**
   * @param idempotencyKey the same key for the same list sends once (the first edition is returned)
   * @param markdown the body; rendered and sanitised like the editor preview, and sent as the text
   *     alternative too
   */
  record SendRequest(
      @NotBlank @Size(max = 200) String idempotencyKey,
      @NotBlank @Size(max = 300) String subject,
      @NotBlank @Size(max = 500_000) String markdown) {}

  record EditionResponse(
      UUID id,
      UUID listId,
      String idempotencyKey,
      String subject,
      String status,
      int total,
      int sent,
      int failed,
      int skipped,
      int opens,
      int uniqueOpens,
      int clicks,
      int uniqueClicks,
      Instant createdAt,
      @Nullable Instant finishedAt) {

    static EditionResponse from(Edition e) {
      return new EditionResponse(
          e.id(),
          e.listId(),
          e.idempotencyKey(),
          e.subject(),
          e.status().name().toLowerCase(Locale.ROOT),
          e.total(),
          e.sent(),
          e.failed(),
          e.skipped(),
          e.opens(),
          e.uniqueOpens(),
          e.clicks(),
          e.uniqueClicks(),
          e.createdAt(),
          e.finishedAt());
    }
  }

  @Operation(
      summary = "Send an edition to the list's confirmed subscribers",
      description =
          "202 with the edition (its progress under Location); the mails go out from a job at"
              + " TRAE_NEWSLETTER_SEND_RATE per second. 409 /problems/newsletter-mail-not-configured"
              + " without SMTP."
              + ListsController.NOT_FOUND)
  @PostMapping("/api/v1/newsletter/lists/{listId}/editions")
  ResponseEntity<EditionResponse> send(
      @PathVariable UUID listId, @Valid @RequestBody SendRequest body) {
    if (!mailer.configured()) {
      throw new ProblemException(
          NewsletterProblem.MAIL_NOT_CONFIGURED, "Configure SMTP before sending an edition.");
    }
    Edition edition =
        newsletters.sendEdition(
            new EditionRequest(
                listId,
                body.idempotencyKey(),
                body.subject(),
                markdown.toHtml(body.markdown()),
                body.markdown(),
                null,
                null));
    return ResponseEntity.accepted()
        .location(URI.create("/api/v1/newsletter/editions/" + edition.id()))
        .body(EditionResponse.from(edition));
  }

  @Operation(
      summary = "The list's editions, newest first (keyset pages), each as GET /editions/{id}",
      description = ListsController.NOT_FOUND)
  @GetMapping("/api/v1/newsletter/lists/{listId}/editions")
  Page<EditionResponse> list(
      @PathVariable UUID listId,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
    lists.get(listId);
    PageRequest page = PageRequest.of(cursor, limit, 50, 100);
    Cursors.Key after = page.after() == null ? null : page.after().expect(2);
    return page.page(
            newsletters.editions(
                listId,
                after == null ? null : after.instant(0),
                after == null ? null : after.uuid(1),
                page.fetchSize()),
            e -> Cursors.encode(e.createdAt(), e.id()))
        .map(EditionResponse::from);
  }

  @Operation(
      summary = "An edition's progress: total, sent, failed, skipped, opens and clicks",
      description = "404 /problems/newsletter-edition-not-found for an unknown id.")
  @GetMapping("/api/v1/newsletter/editions/{id}")
  EditionResponse get(@PathVariable UUID id) {
    return newsletters
        .edition(id)
        .map(EditionResponse::from)
        .orElseThrow(
            () ->
                new ProblemException(
                    NewsletterProblem.EDITION_NOT_FOUND, "No edition has the id " + id + "."));
  }
}
