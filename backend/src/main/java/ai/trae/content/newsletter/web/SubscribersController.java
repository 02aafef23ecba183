package ai.trae.content.newsletter.web;

import ai.trae.content.newsletter.audience.EmailAddresses;
import ai.trae.content.newsletter.audience.NewsletterLists;
import ai.trae.content.newsletter.audience.Signups;
import ai.trae.content.newsletter.audience.Subscriber;
import ai.trae.content.newsletter.audience.SubscriberImport;
import ai.trae.content.newsletter.audience.Subscribers;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.ValidationFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A list's subscribers: page, add, remove, import. */
@Tag(name = "Newsletter")
@RestController
@RequestMapping("/api/v1/newsletter/lists/{listId}/subscribers")
@RequirePermission(Permissions.NEWSLETTER_MANAGE)
@Validated
class SubscribersController {

  private final NewsletterLists lists;
  private final Subscribers subscribers;
  private final Signups signups;
  private final SubscriberImport imports;

  SubscribersController(
      NewsletterLists lists, Subscribers subscribers, Signups signups, SubscriberImport imports) {
    this.lists = lists;
    this.subscribers = subscribers;
    this.signups = signups;
    this.imports = imports;
  }

  record AddRequest(
      @NotBlank @Size(max = EmailAddresses.MAX_LENGTH) String email,
      @Nullable @Size(max = 200) String name,
      @Nullable @Pattern(regexp = "pending|confirmed") String status) {}

  record SubscriberResponse(
      UUID id,
      String email,
      @Nullable String name,
      String status,
      String source,
      Instant createdAt,
      @Nullable Instant confirmedAt,
      @Nullable Instant unsubscribedAt) {

    static SubscriberResponse from(Subscriber s) {
      return new SubscriberResponse(
          s.id(),
          s.email(),
          s.name(),
          s.status().value(),
          s.source(),
          s.createdAt(),
          s.confirmedAt(),
          s.unsubscribedAt());
    }
  }

  @Operation(
      summary = "The list's subscribers, newest first (keyset pages), optionally of one status",
      description = ListsController.NOT_FOUND)
  @GetMapping
  Page<SubscriberResponse> list(
      @PathVariable UUID listId,
      @RequestParam(required = false)
          @Nullable
          @Pattern(regexp = "pending|confirmed|unsubscribed|bounced|complained")
          String status,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
    lists.get(listId);
    PageRequest page = PageRequest.of(cursor, limit, 50, 200);
    UUID after = page.after() == null ? null : page.after().expect(1).uuid(0);
    return page.page(
            subscribers.page(
                listId,
                status == null ? null : Subscriber.Status.of(status),
                after,
                page.fetchSize()),
            s -> Cursors.encode(s.id()))
        .map(SubscriberResponse::from);
  }

  @Operation(
      summary = "Add an address",
      description =
          "status confirmed (the person consented elsewhere) or pending (the default: a"
              + " confirmation mail goes out). 409 /problems/newsletter-subscriber-exists when the"
              + " list holds the address."
              + ListsController.NOT_FOUND)
  @PostMapping
  ResponseEntity<SubscriberResponse> add(
      @PathVariable UUID listId, @Valid @RequestBody AddRequest body) {
    Subscriber added =
        signups.add(
            listId,
            address(body.email()),
            ListsController.blankToNull(body.name()),
            "confirmed".equals(body.status()));
    return ResponseEntity.created(
            URI.create("/api/v1/newsletter/lists/" + listId + "/subscribers/" + added.id()))
        .body(SubscriberResponse.from(added));
  }

  @Operation(
      summary = "One subscriber",
      description = "404 /problems/newsletter-subscriber-not-found when the list has none so.")
  @GetMapping("/{id}")
  SubscriberResponse get(@PathVariable UUID listId, @PathVariable UUID id) {
    return SubscriberResponse.from(subscribers.get(listId, id));
  }

  @Operation(
      summary = "Remove a subscriber (for good; unsubscribing keeps the row)",
      description = "204, also when there was none.")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> remove(@PathVariable UUID listId, @PathVariable UUID id) {
    subscribers.remove(listId, id);
    return ResponseEntity.noContent().build();
  }

  @Operation(
      summary = "Import a CSV (the request body, text/csv) with the header email[,name]",
      description =
          "Streamed: read row by row and written in chunks. consented=true imports the addresses"
              + " as confirmed (the importer vouches for their consent); otherwise new ones are"
              + " pending and get a confirmation mail. Rows whose address is on the list already or"
              + " earlier in the file are merged; bad rows are listed by line (the first 1,000)."
              + " At most TRAE_NEWSLETTER_IMPORT_MAX_ROWS rows are read (truncated says so). 400"
              + " /problems/newsletter-import-unreadable without the header or for a body that is"
              + " not UTF-8 CSV."
              + ListsController.NOT_FOUND)
  @io.swagger.v3.oas.annotations.parameters.RequestBody(
      required = true,
      content = @Content(mediaType = "text/csv", schema = @Schema(type = "string")))
  @PostMapping("/import")
  SubscriberImport.Result importCsv(
      @PathVariable UUID listId,
      @RequestParam(defaultValue = "false") boolean consented,
      HttpServletRequest request)
      throws IOException {
    return imports.run(listId, request.getInputStream(), consented);
  }

  static String address(String raw) {
    return EmailAddresses.normalise(raw)
        .orElseThrow(() -> new ValidationFailedException("email", "is not an e-mail address"));
  }
}
