package ai.trae.identity.invitation;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.IdentityProblem;
import ai.trae.identity.UserInvited;
import ai.trae.identity.reset.InvalidTokenException;
import ai.trae.identity.reset.OneTimeTokens;
import ai.trae.identity.reset.OneTimeTokens.Issued;
import ai.trae.identity.reset.OneTimeTokens.Pending;
import ai.trae.identity.reset.OneTimeTokens.Purpose;
import ai.trae.identity.user.PasswordPolicy;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import ai.trae.platform.database.Ids;
import ai.trae.platform.mail.Mailer;
import ai.trae.platform.mail.PublicLinks;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.Problems;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Invitations by one-time link (valid seven days). Inviting creates the account at once with status
 * {@code invited}: it reserves the e-mail, shows in the user list, and cannot sign in until the
 * invitee accepts with a name and password. Who may invite whom is decided by the caller.
 */
@Service
public class Invitations {

  static final Duration TTL = Duration.ofDays(7);

  private final Users users;
  private final OneTimeTokens tokens;
  private final PasswordPolicy policy;
  private final PasswordEncoder passwords;
  private final Mailer mailer;
  private final PublicLinks links;
  private final AuditLog audit;
  private final Clock clock;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;

  Invitations(
      Users users,
      OneTimeTokens tokens,
      PasswordPolicy policy,
      PasswordEncoder passwords,
      Mailer mailer,
      PublicLinks links,
      AuditLog audit,
      Clock clock,
      TransactionTemplate transaction,
      ApplicationEventPublisher events) {
    this.users = users;
    this.tokens = tokens;
    this.policy = policy;
    this.passwords = passwords;
    this.mailer = mailer;
    this.links = links;
    this.audit = audit;
    this.clock = clock;
    this.transaction = transaction;
    this.events = events;
  }

  /**
   * Creates the invited account and its link, then mails it (after commit: no dead links). The mail
   * goes out here rather than from a listener of {@link UserInvited}: the answer says whether it
   * was sent, and the link's secret must not be stored with a publication.
   */
  public Invited invite(String email, String role, UUID invitedBy) {
    Invited invited = transaction.execute(status -> create(email.trim(), role, invitedBy));
    return mail(invited);
  }

  /** Mails the link when SMTP is configured; {@code emailed} tells whether it went out. */
  Invited mail(Invited invited) {
    boolean emailed =
        mailer.send(
            invited.email(),
            "You are invited to TRAE",
            """
            Hello,

            you have been invited to TRAE. Choose your name and password here within seven days:

            %s

            If you did not expect this invitation, ignore this mail.
            """
                .formatted(invited.url()));
    return invited.emailed(emailed);
  }

  private Invited create(String email, String role, UUID invitedBy) {
    if (users.byEmail(email).isPresent()) {
      throw new EmailTakenException();
    }
    User user =
        new User(
            Ids.newId(),
            email,
            placeholderName(email),
            null,
            role,
            User.Status.INVITED,
            false,
            0,
            null,
            clock.instant(),
            null);
    try {
      users.insert(user);
    } catch (DuplicateKeyException ex) {
      throw new EmailTakenException();
    }
    Issued issued = tokens.issue(Purpose.INVITATION, user.id(), email, role, invitedBy, TTL);
    // no e-mail in the summary: audit rows outlive an anonymisation
    audit.record(
        AuditEvent.of("user.invited", Actor.user(invitedBy, null))
            .target("user", user.id())
            .with("role", role));
    events.publishEvent(new UserInvited(user.id(), role, invitedBy, issued.expiresAt()));
    return new Invited(
        user.id(), email, role, links.to("/invite/" + issued.token()), issued.expiresAt(), false);
  }

  /**
   * What the invitation page shows before the invitee accepts. The role is the account's current
   * one: an administrator may have changed it since inviting.
   */
  public Optional<Pending> find(String token) {
    return tokens
        .find(Purpose.INVITATION, token)
        .flatMap(
            pending ->
                users
                    .byId(pending.userId())
                    .filter(u -> u.status() == User.Status.INVITED)
                    .map(u -> new Pending(u.id(), u.email(), u.role(), pending.expiresAt())));
  }

  /** Activates the invited account; the link is used up. */
  public User accept(String token, String displayName, String password) {
    return transaction.execute(status -> activate(token, displayName, password));
  }

  private User activate(String token, String displayName, String password) {
    Pending pending =
        tokens.find(Purpose.INVITATION, token).orElseThrow(InvalidTokenException::new);
    User user =
        users
            .byId(pending.userId())
            .filter(u -> u.status() == User.Status.INVITED)
            .orElseThrow(InvalidTokenException::new);
    // before the link is used up, so a weak choice can be corrected with the same link
    policy.check(password, user.email(), displayName);
    if (!tokens.consume(Purpose.INVITATION, token)
        || !users.activateInvited(user.id(), displayName, passwords.encode(password))) {
      throw new InvalidTokenException();
    }
    audit.record(
        AuditEvent.of("user.invitation.accepted", Actor.user(user.id(), null))
            .target("user", user.id())
            .with("role", user.role()));
    return users.byId(user.id()).orElseThrow();
  }

  /** Shown in the user list until the invitee picks a name. */
  private static String placeholderName(String email) {
    int at = email.indexOf('@');
    return (at > 0 ? email.substring(0, at) : email).toLowerCase(Locale.ROOT);
  }

  /**
   * @param url the invitation link; contains the secret
   */
  public record Invited(
      UUID id, String email, String role, String url, Instant expiresAt, boolean emailed) {

    Invited emailed(boolean value) {
      return new Invited(id, email, role, url, expiresAt, value);
    }
  }

  /** 409: an account or pending invitation already has this e-mail. */
  public static class EmailTakenException extends ProblemException {
    /** Names the field too, so an invitation form can show it next to the e-mail. */
    EmailTakenException() {
      super(
          Problems.withFields(
              IdentityProblem.EMAIL_TAKEN,
              IdentityProblem.EMAIL_TAKEN.description(),
              List.of(new FieldProblem("email", "is already in use"))));
    }
  }
}
