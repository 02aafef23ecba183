package ai.trae.identity.invitation.web;

import ai.trae.identity.Permissions;
import ai.trae.identity.invitation.Invitations.Invited;
import ai.trae.identity.invitation.PendingInvitations;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.security.RequirePermission;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Users", description = "User administration: list, invite, change, disable, remove")
@RestController
@RequestMapping("/api/v1/users/{id}/invitation")
@RequirePermission(Permissions.USERS_MANAGE)
class PendingInvitationController {

  private final PendingInvitations pending;

  PendingInvitationController(PendingInvitations pending) {
    this.pending = pending;
  }

  @Operation(
      summary = "A new link for a pending invitation (the old one stops working)",
      description =
          "Valid 7 days; mailed when SMTP is configured (emailed tells). 404 unknown user; 409"
              + " /problems/conflict when the invitation was accepted or withdrawn; 403"
              + " /problems/owner-required for an OWNER invitation as a non-owner; 403"
              + " /problems/forbidden (with missing) for a role with permissions the caller does"
              + " not hold.")
  @PostMapping
  InvitationResponse reissue(
      @AuthenticationPrincipal CurrentUser current, Authentication caller, @PathVariable UUID id) {
    Invited invited = pending.reissue(id, current.userId(), Permissions.heldBy(caller));
    return InvitationResponse.from(invited);
  }

  @Operation(
      summary = "Withdraw a pending invitation: its link dies and the e-mail is free again",
      description =
          "404 unknown user; 409 /problems/conflict when the invitation was accepted; 403"
              + " /problems/owner-required for an OWNER invitation as a non-owner; 403"
              + " /problems/forbidden (with missing) for a role with permissions the caller does"
              + " not hold.")
  @DeleteMapping
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void withdraw(
      @AuthenticationPrincipal CurrentUser current, Authentication caller, @PathVariable UUID id) {
    pending.withdraw(id, current.userId(), Permissions.heldBy(caller));
  }
}
