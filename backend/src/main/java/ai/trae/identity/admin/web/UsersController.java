package ai.trae.identity.admin.web;

import ai.trae.identity.Permissions;
import ai.trae.identity.admin.UserAdministration;
import ai.trae.identity.admin.UserDirectory;
import ai.trae.identity.invitation.Invitations.Invited;
import ai.trae.identity.reset.PasswordResets.ResetLink;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.Page;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users", description = "User administration: list, invite, change, disable, remove")
@RestController
@RequestMapping("/api/v1/users")
@RequirePermission(Permissions.USERS_MANAGE)
class UsersController {

  private static final String ACTING_ON =
      "403 /problems/owner-required for an OWNER's account as a non-owner; 403"
          + " /problems/forbidden (with missing) when the user's current role has a permission"
          + " you lack.";

  private final UserDirectory directory;
  private final UserAdministration administration;

  UsersController(UserDirectory directory, UserAdministration administration) {
    this.directory = directory;
    this.administration = administration;
  }

  /**
   * @param role null leaves the role as it is
   * @param disabled null leaves the status as it is
   */
  record UserChange(@Nullable @Size(max = 32) String role, @Nullable Boolean disabled) {}

  record InvitationRequest(
      @NotBlank @Email @Size(max = 320) String email, @NotBlank @Size(max = 32) String role) {}

  record InvitationResponse(
      UUID id, String email, String role, String inviteUrl, Instant expiresAt, boolean emailed) {}

  record ResetLinkResponse(String resetUrl, Instant expiresAt) {}

  @Operation(summary = "Users, newest first; q searches e-mail and display name by prefix")
  @GetMapping
  Page<UserResponse> list(
      @RequestParam @Nullable @Size(max = 100) String q,
      @RequestParam @Nullable String cursor,
      @RequestParam(defaultValue = "50") @Min(1) @Max(100) int limit) {
    return directory.page(q, cursor, limit).map(UserResponse::from);
  }

  @Operation(
      summary = "Invite someone by e-mail",
      description =
          "Creates an account with status invited and a link valid for 7 days; mails it when SMTP"
              + " is configured (emailed tells). 409 /problems/email-taken for a known e-mail;"
              + " 403 /problems/owner-required to invite an OWNER as a non-owner; 403"
              + " /problems/forbidden (with missing) for a role with permissions you lack.")
  @PostMapping("/invitations")
  @ResponseStatus(HttpStatus.CREATED)
  InvitationResponse invite(
      @AuthenticationPrincipal CurrentUser current,
      Authentication caller,
      @Valid @RequestBody InvitationRequest body) {
    Invited invited =
        administration.invite(
            current.userId(), Permissions.heldBy(caller), body.email(), body.role());
    return new InvitationResponse(
        invited.id(),
        invited.email(),
        invited.role(),
        invited.url(),
        invited.expiresAt(),
        invited.emailed());
  }

  @Operation(
      summary = "Change role and/or disable or enable",
      description =
          "Disabling ends the user's sessions at once. "
              + ACTING_ON
              + " 403 /problems/forbidden (with missing) also for a new role with permissions you"
              + " lack. 409 /problems/last-owner, 409 /problems/self-change.")
  @PatchMapping("/{id}")
  UserResponse update(
      @AuthenticationPrincipal CurrentUser current,
      Authentication caller,
      @PathVariable UUID id,
      @Valid @RequestBody UserChange body) {
    return UserResponse.from(
        administration.update(
            current.userId(), Permissions.heldBy(caller), id, body.role(), body.disabled()));
  }

  @Operation(
      summary = "Remove the user's two-factor authentication; their sessions end",
      description = ACTING_ON)
  @PostMapping("/{id}/mfa/reset")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void resetMfa(
      @AuthenticationPrincipal CurrentUser current, Authentication caller, @PathVariable UUID id) {
    administration.resetMfa(current.userId(), Permissions.heldBy(caller), id);
  }

  @Operation(
      summary = "A one-hour password-reset link to hand to the user",
      description =
          "Whoever holds the link takes the account. "
              + ACTING_ON
              + " 409 /problems/conflict for a pending invitation.")
  @PostMapping("/{id}/password-reset")
  ResetLinkResponse passwordReset(
      @AuthenticationPrincipal CurrentUser current, Authentication caller, @PathVariable UUID id) {
    ResetLink link =
        administration.passwordResetLink(current.userId(), Permissions.heldBy(caller), id);
    return new ResetLinkResponse(link.url(), link.expiresAt());
  }

  @Operation(
      summary = "Anonymise the user (or withdraw a pending invitation)",
      description =
          "Personal data is removed; the audit log keeps the id and shows a pseudonym. "
              + ACTING_ON
              + " 409 /problems/self-change, 409 /problems/last-owner.")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void remove(
      @AuthenticationPrincipal CurrentUser current, Authentication caller, @PathVariable UUID id) {
    administration.remove(current.userId(), Permissions.heldBy(caller), id);
  }
}
