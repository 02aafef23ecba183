package ai.trae.content.newsletter.web;

import ai.trae.content.newsletter.audience.NewsletterList;
import ai.trae.content.newsletter.audience.NewsletterLists;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Newsletter lists. */
@Tag(name = "Newsletter", description = "Lists, subscribers, suppressions and editions")
@RestController
@RequestMapping("/api/v1/newsletter/lists")
@RequirePermission(Permissions.NEWSLETTER_MANAGE)
@Validated
class ListsController {

  static final String NOT_FOUND = " 404 /problems/newsletter-list-not-found for an unknown list.";

  private final NewsletterLists lists;

  ListsController(NewsletterLists lists) {
    this.lists = lists;
  }

  record ListRequest(
      @NotBlank @Size(max = 200) String name,
      @Nullable @Size(max = 2000) String description,
      @Nullable @Size(max = 200) String fromName,
      @Nullable @Email @Size(max = 254) String replyTo) {

    NewsletterLists.Details details() {
      return new NewsletterLists.Details(
          name.strip(),
          description == null ? "" : description,
          blankToNull(fromName),
          blankToNull(replyTo));
    }
  }

  record ListResponse(
      UUID id,
      String name,
      String description,
      @Nullable String fromName,
      @Nullable String replyTo,
      Instant createdAt,
      Instant updatedAt) {

    static ListResponse from(NewsletterList l) {
      return new ListResponse(
          l.id(),
          l.name(),
          l.description(),
          l.fromName(),
          l.replyTo(),
          l.createdAt(),
          l.updatedAt());
    }
  }

  @Operation(summary = "Lists, newest first (keyset pages)")
  @GetMapping
  Page<ListResponse> list(
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
    PageRequest page = PageRequest.of(cursor, limit, 50, 100);
    Cursors.Key after = page.after() == null ? null : page.after().expect(2);
    return page.page(
            lists.page(
                after == null ? null : after.instant(0),
                after == null ? null : after.uuid(1),
                page.fetchSize()),
            l -> Cursors.encode(l.createdAt(), l.id()))
        .map(ListResponse::from);
  }

  @Operation(summary = "Create a list")
  @PostMapping
  ResponseEntity<ListResponse> create(@Valid @RequestBody ListRequest body) {
    NewsletterList created = lists.create(body.details());
    return ResponseEntity.created(URI.create("/api/v1/newsletter/lists/" + created.id()))
        .body(ListResponse.from(created));
  }

  @Operation(summary = "One list", description = NOT_FOUND)
  @GetMapping("/{id}")
  ListResponse get(@PathVariable UUID id) {
    return ListResponse.from(lists.get(id));
  }

  @Operation(
      summary = "Change a list's name, description, sender name or reply-to",
      description = NOT_FOUND)
  @PutMapping("/{id}")
  ListResponse update(@PathVariable UUID id, @Valid @RequestBody ListRequest body) {
    return ListResponse.from(lists.update(id, body.details()));
  }

  @Operation(
      summary = "Delete a list with its subscribers and editions",
      description = "204, also when there was no such list.")
  @DeleteMapping("/{id}")
  ResponseEntity<Void> delete(@PathVariable UUID id) {
    lists.delete(id);
    return ResponseEntity.noContent().build();
  }

  static @Nullable String blankToNull(@Nullable String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
