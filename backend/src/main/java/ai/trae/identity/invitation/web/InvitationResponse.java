package ai.trae.identity.invitation.web;

import ai.trae.identity.invitation.Invitations.Invited;
import java.time.Instant;
import java.util.UUID;

/**
 * An invitation just made or made anew, for the administrator to hand over when it was not mailed.
 *
 * @param inviteUrl the link; contains the secret
 * @param emailed whether TRAE mailed the link (SMTP configured)
 */
public record InvitationResponse(
    UUID id, String email, String role, String inviteUrl, Instant expiresAt, boolean emailed) {

  public static InvitationResponse from(Invited invited) {
    return new InvitationResponse(
        invited.id(),
        invited.email(),
        invited.role(),
        invited.url(),
        invited.expiresAt(),
        invited.emailed());
  }
}
