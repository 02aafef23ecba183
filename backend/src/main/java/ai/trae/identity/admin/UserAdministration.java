package ai.trae.identity.admin;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.Permissions;
import ai.trae.identity.RoleChanged;
import ai.trae.identity.UserAnonymised;
import ai.trae.identity.UserDisabled;
import ai.trae.identity.invitation.Invitations;
import ai.trae.identity.reset.PasswordResets;
import ai.trae.identity.reset.PasswordResets.ResetLink;
import ai.trae.identity.session.Sessions;
import ai.trae.identity.token.PersonalAccessTokens;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What holders of {@code users:manage} may do to accounts, with the rules that keep TRAE
 * manageable: nobody grants a role with a permission they do not hold themselves (else a narrow
 * {@code users:manage} role could make its holder an admin); nobody acts on a user whose role has a
 * permission they do not hold (else that holder could hand themselves an admin's reset link, or
 * disable the admins who would stop them); only an owner may create owners or touch an owner's
 * account; nobody disables or removes themselves; at least one active owner always remains. Owner
 * rows are locked while that is checked, so two owners demoting each other at once cannot both
 * succeed.
 */
@Service
public class UserAdministration {

  static final String OWNER = "OWNER";

  private final Users users;
  private final Roles roles;
  private final Sessions sessions;
  private final PersonalAccessTokens accessTokens;
  private final PasswordResets resets;
  private final Invitations invitations;
  private final Anonymiser anonymiser;
  private final AuditLog audit;
  private final JdbcClient jdbc;
  private final ApplicationEventPublisher events;

  UserAdministration(
      Users users,
      Roles roles,
      Sessions sessions,
      PersonalAccessTokens accessTokens,
      PasswordResets resets,
      Invitations invitations,
      Anonymiser anonymiser,
      AuditLog audit,
      JdbcClient jdbc,
      ApplicationEventPublisher events) {
    this.users = users;
    this.roles = roles;
    this.sessions = sessions;
    this.accessTokens = accessTokens;
    this.resets = resets;
    this.invitations = invitations;
    this.anonymiser = anonymiser;
    this.audit = audit;
    this.jdbc = jdbc;
    this.events = events;
  }

  /**
   * @param held what the actor's credential holds ({@link Permissions#heldBy})
   */
  public Invitations.Invited invite(UUID actorId, Set<String> held, String email, String role) {
    requireGrantable(actorId, held, role);
    return invitations.invite(email, role, actorId);
  }

  /**
   * Changes role and/or the disabled flag; disabling ends the user's sessions, personal access
   * tokens and reset links at once.
   *
   * @param held what the actor's credential holds ({@link Permissions#heldBy})
   */
  @Transactional
  public User update(
      UUID actorId, Set<String> held, UUID id, @Nullable String role, @Nullable Boolean disabled) {
    User target = load(id);
    guardTarget(actorId, held, target);
    if (role != null && !role.equals(target.role())) {
      requireGrantable(actorId, held, role);
      if (target.role().equals(OWNER)) {
        keepAnOwner(target);
      }
      users.changeRole(id, role);
      audit.record(
          event("user.role.changed", actorId, id)
              .with("before", target.role())
              .with("after", role));
      events.publishEvent(new RoleChanged(id, target.role(), role, actorId));
    }
    if (disabled != null) {
      setDisabled(actorId, target, disabled);
    }
    return load(id);
  }

  private void setDisabled(UUID actorId, User target, boolean disabled) {
    if (target.status() == User.Status.INVITED) {
      throw AdminRefusal.conflict(
          "This invitation has not been accepted yet; delete it instead of disabling.");
    }
    if (disabled && target.active()) {
      if (target.id().equals(actorId)) {
        throw AdminRefusal.self();
      }
      keepAnOwner(target);
      users.changeStatus(target.id(), User.Status.DISABLED);
      // a disabled account must stop acting at once, by any credential it had
      int ended = sessions.revokeAll(target.id(), null, "user-disabled");
      int revoked = accessTokens.revokeAll(target.id());
      int links = resets.cancelLinks(target.id());
      audit.record(
          event("user.disabled", actorId, target.id())
              .with("sessionsEnded", ended)
              .with("tokensRevoked", revoked)
              .with("resetLinksEnded", links));
      events.publishEvent(new UserDisabled(target.id(), actorId));
    } else if (!disabled && target.status() == User.Status.DISABLED) {
      users.changeStatus(target.id(), User.Status.ACTIVE);
      audit.record(event("user.enabled", actorId, target.id()));
    }
  }

  /**
   * Removes TOTP and recovery codes so the user can enrol again; their sessions end.
   *
   * @param held what the actor's credential holds ({@link Permissions#heldBy})
   */
  @Transactional
  public void resetMfa(UUID actorId, Set<String> held, UUID id) {
    User target = load(id);
    guardTarget(actorId, held, target);
    anonymiser.removeMfa(id);
    int ended = sessions.revokeAll(id, null, "mfa-reset");
    audit.record(event("user.mfa.reset", actorId, id).with("sessionsEnded", ended));
  }

  /**
   * A reset link for the administrator to hand over (e.g. when mail is not configured).
   *
   * @param held what the actor's credential holds ({@link Permissions#heldBy})
   */
  @Transactional
  public ResetLink passwordResetLink(UUID actorId, Set<String> held, UUID id) {
    User target = load(id);
    guardTarget(actorId, held, target);
    if (target.status() == User.Status.INVITED) {
      throw AdminRefusal.conflict(
          "This user has not accepted the invitation yet; there is no password to reset.");
    }
    ResetLink link = resets.createLink(id, actorId);
    audit.record(event("user.password-reset.link-created", actorId, id));
    return link;
  }

  /**
   * Anonymises the account (or withdraws a pending invitation). The id stays, so audit rows keep
   * pointing at it and now show the pseudonym.
   *
   * @param held what the actor's credential holds ({@link Permissions#heldBy})
   */
  @Transactional
  public void remove(UUID actorId, Set<String> held, UUID id) {
    User target = load(id);
    if (target.id().equals(actorId)) {
      throw AdminRefusal.self();
    }
    guardTarget(actorId, held, target);
    keepAnOwner(target);
    if (target.status() == User.Status.INVITED) {
      anonymiser.withdrawInvitation(id);
      audit.record(event("user.invitation.withdrawn", actorId, id));
      return;
    }
    anonymiser.anonymise(id);
    audit.record(event("user.anonymised", actorId, id));
    events.publishEvent(new UserAnonymised(id, actorId));
  }

  private User load(UUID id) {
    return users
        .byId(id)
        .filter(u -> u.status() != User.Status.ANONYMISED)
        .orElseThrow(AdminRefusal::notFound);
  }

  /** Only an owner acts on an owner; anyone else acts only on roles within what they hold. */
  private void guardTarget(UUID actorId, Set<String> held, User target) {
    if (target.role().equals(OWNER) && !isOwner(actorId)) {
      throw AdminRefusal.ownerRequired();
    }
    Permissions.requireHeldToActOn(target.role(), roles.permissionsOf(target.role()), held);
  }

  private boolean isOwner(UUID actorId) {
    return users.byId(actorId).map(u -> u.role().equals(OWNER)).orElse(false);
  }

  /** Refuses to take away the last active owner. */
  private void keepAnOwner(User target) {
    if (!target.role().equals(OWNER) || !target.active()) {
      return;
    }
    List<UUID> owners =
        jdbc.sql("select id from users where role = 'OWNER' and status = 'active' for update")
            .query(UUID.class)
            .list();
    if (owners.stream().noneMatch(o -> !o.equals(target.id()))) {
      throw AdminRefusal.lastOwner();
    }
  }

  /** The role exists, an owner grants OWNER, and the actor holds all the role grants. */
  private void requireGrantable(UUID actorId, Set<String> held, String role) {
    Roles.Role wanted =
        roles
            .byName(role)
            .orElseThrow(
                () -> AdminRefusal.invalidField("role", "There is no role named " + role + "."));
    if (role.equals(OWNER) && !isOwner(actorId)) {
      throw AdminRefusal.ownerRequired();
    }
    Permissions.requireHeld(wanted.permissions(), held);
  }

  private static AuditEvent event(String action, UUID actorId, UUID targetId) {
    return AuditEvent.of(action, Actor.user(actorId, null)).target("user", targetId);
  }
}
