package ai.trae.identity.email.web;

import ai.trae.identity.email.EmailChanges;
import ai.trae.identity.email.EmailChanges.PendingChange;
import ai.trae.platform.security.Authenticated;
import ai.trae.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Me", description = "The signed-in user's own account")
@RestController
class EmailChangeController {

  private final EmailChanges changes;

  EmailChangeController(EmailChanges changes) {
    this.changes = changes;
  }

  record ChangeRequest(
      @NotBlank @Email @Size(max = 320) String newEmail,
      @NotBlank @Size(max = 1024) String currentPassword) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "ChangeRequest[redacted]";
    }
  }

  record Confirmation(@NotBlank @Size(max = 128) String token) {

    @Override
    public String toString() {
      return "Confirmation[redacted]";
    }
  }

  /** Both fields absent when nothing is pending. */
  record PendingResponse(@Nullable String newEmail, @Nullable Instant expiresAt) {

    static PendingResponse of(@Nullable PendingChange change) {
      return change == null
          ? new PendingResponse(null, null)
          : new PendingResponse(change.newEmail(), change.expiresAt());
    }
  }

  record Confirmed(String email) {}

  @Operation(summary = "The e-mail change waiting for confirmation, if any")
  @Authenticated
  @GetMapping("/api/v1/me/email-change")
  PendingResponse pending(@AuthenticationPrincipal CurrentUser user) {
    return PendingResponse.of(changes.pending(user.userId()).orElse(null));
  }

  @Operation(
      summary = "Ask to change the e-mail address (needs the current password)",
      description =
          "Mails a link to the new address, valid 24 hours; the address changes only when it is"
              + " followed. The link is never in the answer.")
  @ApiResponse(responseCode = "202", description = "The confirmation mail is on its way")
  @ApiResponse(
      responseCode = "400",
      description = "/problems/invalid-credentials, /problems/validation-failed")
  @ApiResponse(
      responseCode = "409",
      description = "/problems/email-taken, /problems/mail-not-configured")
  @ApiResponse(responseCode = "502", description = "/problems/mail-failed")
  @Authenticated
  @PostMapping("/api/v1/me/email-change")
  @ResponseStatus(HttpStatus.ACCEPTED)
  PendingResponse request(
      @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ChangeRequest body) {
    return PendingResponse.of(
        changes.request(user.userId(), body.newEmail(), body.currentPassword()));
  }

  @Operation(summary = "Withdraw the pending e-mail change; its link stops working")
  @Authenticated
  @DeleteMapping("/api/v1/me/email-change")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void cancel(@AuthenticationPrincipal CurrentUser user) {
    changes.cancel(user.userId());
  }

  @Operation(
      summary = "Follow the link from the mail: the address changes",
      description =
          "Open to anyone holding the link (it may be opened in another browser). The old"
              + " address gets a notice.")
  @ApiResponse(responseCode = "400", description = "/problems/invalid-token")
  @ApiResponse(responseCode = "409", description = "/problems/email-taken")
  @PermitAll
  @PostMapping("/api/v1/auth/email-change/confirm")
  Confirmed confirm(@Valid @RequestBody Confirmation body) {
    return new Confirmed(changes.confirm(body.token()));
  }
}
