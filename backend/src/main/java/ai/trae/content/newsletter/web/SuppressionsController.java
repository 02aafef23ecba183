package ai.trae.content.newsletter.web;

import ai.trae.content.newsletter.audience.EmailAddresses;
import ai.trae.content.newsletter.audience.Suppression;
import ai.trae.content.newsletter.audience.Suppressions;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
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

/** Addresses no list mails: bounced for good or complained. */
@Tag(name = "Newsletter")
@RestController
@RequestMapping("/api/v1/newsletter/suppressions")
@RequirePermission(Permissions.NEWSLETTER_MANAGE)
@Validated
class SuppressionsController {

  private final Suppressions suppressions;

  SuppressionsController(Suppressions suppressions) {
    this.suppressions = suppressions;
  }

  record SuppressRequest(
      @NotBlank @Size(max = EmailAddresses.MAX_LENGTH) String email,
      @NotNull @Pattern(regexp = "bounced|complained") String reason,
      @Nullable @Size(max = 500) String detail) {}

  /**
   * A provider's bounce or complaint notification, relayed as is by a small hook.
   *
   * @param type {@code bounce} or {@code complaint}
   * @param permanent for a bounce: a hard bounce (soft ones suppress nothing)
   */
  record Report(
      @NotNull @Pattern(regexp = "bounce|complaint") String type,
      @NotEmpty @Size(max = 1000)
          List<@NotBlank @Size(max = EmailAddresses.MAX_LENGTH) String> recipients,
      @Nullable Boolean permanent,
      @Nullable @Size(max = 500) String diagnostic) {}

  record ReportResult(int suppressed, List<String> ignored) {}

  record SuppressionResponse(String email, String reason, String detail, Instant createdAt) {
    static SuppressionResponse from(Suppression s) {
      return new SuppressionResponse(s.email(), s.reason().value(), s.detail(), s.createdAt());
    }
  }

  @Operation(summary = "Suppressed addresses, newest first (keyset pages)")
  @GetMapping
  Page<SuppressionResponse> list(
      @RequestParam(required = false) @Nullable String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(200) int limit) {
    PageRequest page = PageRequest.of(cursor, limit, 50, 200);
    Cursors.Key after = page.after() == null ? null : page.after().expect(2);
    return page.page(
            suppressions.page(
                after == null ? null : after.instant(0),
                after == null ? null : after.string(1),
                page.fetchSize()),
            s -> Cursors.encode(s.createdAt(), s.email()))
        .map(SuppressionResponse::from);
  }

  @Operation(
      summary = "Suppress an address (a bounce or complaint reported by hand)",
      description = "Marks it bounced or complained on every list; no list mails it again.")
  @PostMapping
  SuppressionResponse suppress(@Valid @RequestBody SuppressRequest body) {
    return SuppressionResponse.from(
        suppressions.suppress(
            SubscribersController.address(body.email()),
            Suppression.Reason.of(body.reason()),
            body.detail() == null ? "" : body.detail()));
  }

  @Operation(
      summary = "Suppress from a bounce or complaint notification",
      description =
          "A provider-neutral webhook body: complaints and permanent bounces suppress each"
              + " recipient; soft bounces and addresses that are not ones are listed as ignored.")
  @PostMapping("/reports")
  ReportResult report(@Valid @RequestBody Report body) {
    boolean complaint = body.type().equals("complaint");
    if (!complaint && !Boolean.TRUE.equals(body.permanent())) {
      return new ReportResult(0, body.recipients());
    }
    Suppression.Reason reason =
        complaint ? Suppression.Reason.COMPLAINED : Suppression.Reason.BOUNCED;
    int suppressed = 0;
    List<String> ignored = new java.util.ArrayList<>();
    for (String raw : body.recipients()) {
      Optional<String> email = EmailAddresses.normalise(raw);
      if (email.isEmpty()) {
        ignored.add(raw);
        continue;
      }
      suppressions.suppress(
          email.get(), reason, body.diagnostic() == null ? "" : body.diagnostic());
      suppressed++;
    }
    return new ReportResult(suppressed, ignored);
  }

  @Operation(
      summary = "Lift a suppression: the address may be mailed again",
      description =
          "Its subscriptions return to confirmed (or pending, if never confirmed). 404"
              + " /problems/newsletter-suppression-not-found when it is not suppressed.")
  @DeleteMapping("/{email}")
  ResponseEntity<Void> lift(@PathVariable String email) {
    suppressions.lift(SubscribersController.address(email));
    return ResponseEntity.noContent().build();
  }
}
