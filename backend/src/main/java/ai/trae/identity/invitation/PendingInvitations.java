package ai.trae.identity.invitation;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.Permissions;
import ai.trae.identity.invitation.Invitations.Invited;
import ai.trae.identity.reset.OneTimeTokens;
import ai.trae.identity.reset.OneTimeTokens.Issued;
import ai.trae.identity.reset.OneTimeTokens.Purpose;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import ai.trae.platform.mail.PublicLinks;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What administrators do with an invitation that is still pending: hand out a new link (the only
 * way to "copy" it, since only a hash of the old one is kept) or withdraw it.
 */
@Service
public class PendingInvitations {

  private static final String OWNER = "OWNER";

  private final Invitations invitations;
  private final Users users;
  private final Roles roles;
  private final OneTimeTokens tokens;
  private final PublicLinks links;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  PendingInvitations(
      Invitations invitations,
      Users users,
      Roles roles,
      OneTimeTokens tokens,
      PublicLinks links,
      AuditLog audit,
      TransactionTemplate transaction) {
    this.invitations = invitations;
    this.users = users;
    this.roles = roles;
    this.tokens = tokens;
    this.links = links;
    this.audit = audit;
    this.transaction = transaction;
  }

  /**
   * A new link, valid seven days, mailed when SMTP is configured; the earlier link stops working.
   * Whoever holds the link can take the account, so the actor must be allowed to hand out its role.
   *
   * @param held what the actor's credential holds ({@link Permissions#heldBy})
   */
  public Invited reissue(UUID userId, UUID actorId, Set<String> held) {
    Invited invited =
        transaction.execute(
            status -> {
              User user = pending(userId);
              guardTarget(actorId, held, user);
              Issued issued =
                  tokens.issue(
                      Purpose.INVITATION,
                      user.id(),
                      user.email(),
                      user.role(),
                      actorId,
                      Invitations.TTL);
              audit.record(
                  AuditEvent.of("user.invitation.reissued", Actor.user(actorId, null))
                      .target("user", user.id())
                      .with("role", user.role()));
              return new Invited(
                  user.id(),
                  user.email(),
                  user.role(),
                  links.to("/invite/" + issued.token()),
                  issued.expiresAt(),
                  false);
            });
    // after commit, like the first invitation: a mail never carries a link that was rolled back
    return invitations.mail(invited);
  }

  /**
   * The link dies with the account, and the e-mail address can be invited again.
   *
   * @param held what the actor's credential holds ({@link Permissions#heldBy})
   */
  public void withdraw(UUID userId, UUID actorId, Set<String> held) {
    transaction.executeWithoutResult(
        status -> {
          User user = pending(userId);
          guardTarget(actorId, held, user);
          if (!users.deleteInvited(user.id())) {
            throw InvitationRefusal.notPending();
          }
          audit.record(
              AuditEvent.of("user.invitation.withdrawn", Actor.user(actorId, null))
                  .target("user", user.id()));
        });
  }

  private User pending(UUID userId) {
    User user =
        users
            .byId(userId)
            .filter(u -> u.status() != User.Status.ANONYMISED)
            .orElseThrow(InvitationRefusal::notFound);
    if (user.status() != User.Status.INVITED) {
      throw InvitationRefusal.notPending();
    }
    return user;
  }

  /**
   * The same rule as for any account: an OWNER invitation only by an OWNER, any other only by a
   * credential holding every permission of its role.
   */
  private void guardTarget(UUID actorId, Set<String> held, User user) {
    if (user.role().equals(OWNER) && !isOwner(actorId)) {
      throw InvitationRefusal.ownerRequired();
    }
    Permissions.requireHeldToActOn(user.role(), roles.permissionsOf(user.role()), held);
  }

  private boolean isOwner(UUID actorId) {
    return users.byId(actorId).map(u -> u.role().equals(OWNER)).orElse(false);
  }
}
