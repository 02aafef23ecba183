package ai.trae.content.review.web;

import ai.trae.content.item.Editor;
import ai.trae.content.item.web.ItemResponse.PersonResponse;
import ai.trae.content.review.ShareLink;
import ai.trae.content.review.ShareLinkAdministration;
import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Review share links", description = "Links for reviewers without an account")
@RestController
@RequestMapping("/api/v1/content/{id}/share-links")
@RequirePermission(Permissions.CONTENT_READ)
class ShareLinksController {

  private static final String WHO =
      " Reviewers (content:review) and the item's authors (content:write-own) only: 403"
          + " /problems/forbidden otherwise. 404 /problems/content-not-found.";

  private final ShareLinkAdministration links;
  private final People people;

  ShareLinksController(ShareLinkAdministration links, People people) {
    this.links = links;
    this.people = people;
  }

  /**
   * @param expiresInHours 1 to 720 (30 days), 168 (a week) when absent
   */
  record NewShareLink(
      @Nullable @Size(max = 200) String label,
      @Nullable @Min(1) @Max(720) Integer expiresInHours) {}

  record CreatedLink(UUID id, @Nullable String label, String url, String token, Instant expiresAt) {
    @Override
    public String toString() {
      return "CreatedLink[" + id + ", token redacted]";
    }
  }

  record LinkResponse(
      UUID id,
      @Nullable String label,
      PersonResponse createdBy,
      Instant createdAt,
      Instant expiresAt,
      @Nullable Instant revokedAt,
      @Nullable String lastVerdict) {}

  @Operation(
      summary = "Create a share link; its token is in this answer only",
      description = "The url opens the review page /review/{token}." + WHO)
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  CreatedLink create(
      @PathVariable UUID id, @Valid @RequestBody NewShareLink body, Authentication caller) {
    int hours = body.expiresInHours() == null ? 168 : body.expiresInHours();
    String label = CommentsController.blankToNull(body.label());
    ShareLinkAdministration.Created created =
        links.create(id, label, Duration.ofHours(hours), Editor.of(caller));
    ShareLink link = created.link();
    return new CreatedLink(
        link.id(), link.label(), created.url(), created.token(), link.expiresAt());
  }

  @Operation(
      summary = "The item's share links, newest first, with each one's last verdict",
      description = WHO)
  @GetMapping
  Page<LinkResponse> list(@PathVariable UUID id, Authentication caller) {
    List<ShareLink> all = links.list(id, Editor.of(caller));
    Map<UserId, Person> names =
        all.isEmpty()
            ? Map.of()
            : people.findAll(all.stream().map(l -> UserId.of(l.createdBy())).distinct().toList());
    return Page.all(
        all.stream()
            .map(
                l -> {
                  Person p = names.get(UserId.of(l.createdBy()));
                  PersonResponse by =
                      p == null
                          ? new PersonResponse(l.createdBy(), "Unknown user", "?")
                          : new PersonResponse(l.createdBy(), p.displayName(), p.initials());
                  return new LinkResponse(
                      l.id(),
                      l.label(),
                      by,
                      l.createdAt(),
                      l.expiresAt(),
                      l.revokedAt(),
                      l.lastVerdict());
                })
            .toList());
  }

  @Operation(
      summary = "Revoke a share link: it stops working at once",
      description = "404 /problems/share-link-not-found." + WHO)
  @DeleteMapping("/{linkId}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@PathVariable UUID id, @PathVariable UUID linkId, Authentication caller) {
    links.revoke(id, linkId, Editor.of(caller));
  }
}
