package ai.trae.content.publishing.publication.web;

import ai.trae.content.item.Editor;
import ai.trae.content.item.web.ItemResponse.PersonResponse;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.publication.Attempt;
import ai.trae.content.publishing.publication.ChannelApprovals;
import ai.trae.content.publishing.publication.ChannelApprovals.Approval;
import ai.trae.content.publishing.publication.Publications;
import ai.trae.identity.People;
import ai.trae.identity.Permissions;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Publications, the delivery log and approvals per channel (docs/publishing-api.md). */
@Tag(name = "Publications", description = "Where items went, every attempt, retry")
@RestController
class PublicationsController {

  private final Publications publications;
  private final ChannelApprovals approvals;
  private final People people;

  PublicationsController(Publications publications, ChannelApprovals approvals, People people) {
    this.publications = publications;
    this.approvals = approvals;
    this.people = people;
  }

  record ApprovalResponse(String channel, PersonResponse approvedBy, Instant approvedAt) {}

  record ItemPublications(List<PublicationResponse> items, List<ApprovalResponse> approvals) {}

  @Operation(summary = "An item's publications, one per channel, and its channel approvals")
  @GetMapping("/api/v1/content/{id}/publications")
  @RequirePermission(Permissions.CONTENT_READ)
  ItemPublications ofItem(Authentication caller, @PathVariable UUID id) {
    boolean mayPublish = Editor.of(caller).can(Permissions.CONTENT_PUBLISH);
    List<PublicationResponse> items =
        publications.forItem(id).stream()
            .map(s -> PublicationResponse.from(s, mayPublish))
            .toList();
    List<Approval> given = approvals.forItem(id);
    Map<UserId, Person> names =
        people.findAll(given.stream().map(a -> UserId.of(a.approvedBy())).distinct().toList());
    return new ItemPublications(items, given.stream().map(a -> approval(a, names)).toList());
  }

  @Operation(summary = "An item's delivery log on every channel, newest first (keyset pages)")
  @GetMapping("/api/v1/content/{id}/attempts")
  @RequirePermission(Permissions.CONTENT_READ)
  Page<AttemptResponse> attemptsOfItem(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "25") @Min(1) @Max(100) int limit) {
    return shown(publications.attemptsOfItem(id, PageRequest.of(cursor, limit, 25, 100)));
  }

  @Operation(summary = "A channel's delivery log for every item, newest first (keyset pages)")
  @GetMapping("/api/v1/channels/{id}/attempts")
  @RequirePermission(Permissions.CHANNELS_MANAGE)
  Page<AttemptResponse> attemptsOfChannel(
      @PathVariable UUID id,
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "25") @Min(1) @Max(100) int limit) {
    return shown(publications.attemptsOfChannel(id, PageRequest.of(cursor, limit, 25, 100)));
  }

  @Operation(
      summary = "Retry now (failed) or send again (needs checking)",
      description =
          "The same delivery and idempotency key, from its first attempt. 409"
              + " /problems/publication-not-retryable in any other state.")
  @PostMapping("/api/v1/publications/{id}/retry")
  @ResponseStatus(HttpStatus.ACCEPTED)
  @RequirePermission(Permissions.CONTENT_PUBLISH)
  PublicationResponse retry(Authentication caller, @PathVariable UUID id) {
    return PublicationResponse.from(publications.retry(id, Editor.of(caller)), true);
  }

  record MarkDeliveredRequest(
      @Nullable @Size(max = 500) String externalId,
      @Nullable @Size(max = 2000) @Pattern(regexp = "https?://\\S+") String externalUrl) {}

  @Operation(
      summary = "A person checked a publication that needs checking: it arrived",
      description = "409 /problems/publication-not-retryable unless it needs checking.")
  @PostMapping("/api/v1/publications/{id}/mark-delivered")
  @RequirePermission(Permissions.CONTENT_PUBLISH)
  PublicationResponse markDelivered(
      Authentication caller,
      @PathVariable UUID id,
      @Valid @RequestBody(required = false) @Nullable MarkDeliveredRequest body) {
    return PublicationResponse.from(
        publications.markDelivered(
            id,
            body == null ? null : body.externalId(),
            body == null ? null : body.externalUrl(),
            Editor.of(caller)),
        true);
  }

  @Operation(summary = "Approve the item for a channel that requires approval")
  @PutMapping("/api/v1/content/{id}/channel-approvals/{channel}")
  @RequirePermission(Permissions.CONTENT_REVIEW)
  ApprovalResponse approve(
      Authentication caller, @PathVariable UUID id, @PathVariable String channel) {
    Approval given = approvals.approve(id, channel, Editor.of(caller));
    return approval(given, people.findAll(List.of(UserId.of(given.approvedBy()))));
  }

  @Operation(summary = "Withdraw the item's approval for a channel")
  @DeleteMapping("/api/v1/content/{id}/channel-approvals/{channel}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  @RequirePermission(Permissions.CONTENT_REVIEW)
  void withdraw(Authentication caller, @PathVariable UUID id, @PathVariable String channel) {
    approvals.withdraw(id, channel, Editor.of(caller));
  }

  private Page<AttemptResponse> shown(Page<Attempt> page) {
    Map<UUID, Channel> channels = publications.channelsById();
    return page.map(a -> AttemptResponse.from(a, channels));
  }

  private static ApprovalResponse approval(Approval a, Map<UserId, Person> names) {
    Person p = names.get(UserId.of(a.approvedBy()));
    return new ApprovalResponse(
        a.channel(),
        p == null
            ? new PersonResponse(a.approvedBy(), "Unknown user", "?")
            : new PersonResponse(a.approvedBy(), p.displayName(), p.initials()),
        a.approvedAt());
  }
}
