package ai.trae.identity.email;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.auth.InvalidCredentialsException;
import ai.trae.identity.auth.PasswordConfirmation;
import ai.trae.identity.reset.InvalidTokenException;
import ai.trae.identity.reset.OneTimeTokens;
import ai.trae.identity.reset.OneTimeTokens.Issued;
import ai.trae.identity.reset.OneTimeTokens.Pending;
import ai.trae.identity.reset.OneTimeTokens.Purpose;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import ai.trae.platform.mail.MailFailure;
import ai.trae.platform.mail.Mailer;
import ai.trae.platform.mail.PublicLinks;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changing one's e-mail address. The request needs the current password; the address changes only
 * when the link mailed to the new address is followed (proof that the user reads that mailbox), and
 * the old address is told afterwards, so a hijacked session cannot quietly move an account. The
 * link is never part of an answer: without working mail there is no change.
 */
@Service
public class EmailChanges {

  static final Duration LINK_TTL = Duration.ofHours(24);

  private final Users users;
  private final PasswordConfirmation confirmation;
  private final OneTimeTokens tokens;
  private final Mailer mailer;
  private final PublicLinks links;
  private final AuditLog audit;

  EmailChanges(
      Users users,
      PasswordConfirmation confirmation,
      OneTimeTokens tokens,
      Mailer mailer,
      PublicLinks links,
      AuditLog audit) {
    this.users = users;
    this.confirmation = confirmation;
    this.tokens = tokens;
    this.mailer = mailer;
    this.links = links;
    this.audit = audit;
  }

  /** A change waiting for its link to be followed. */
  public record PendingChange(String newEmail, Instant expiresAt) {}

  /**
   * Mails a confirmation link to the new address; an earlier pending change is replaced.
   *
   * @throws InvalidCredentialsException 400 for a wrong password
   * @throws EmailChangeRefusal when the address is taken or mail cannot be sent
   */
  @Transactional
  public PendingChange request(UUID userId, String newEmail, String currentPassword) {
    User user =
        users
            .byId(userId)
            .filter(User::active)
            .orElseThrow(InvalidCredentialsException::whileSignedIn);
    if (!confirmation.password(userId, currentPassword, "email-change")) {
      throw InvalidCredentialsException.whileSignedIn();
    }
    String address = newEmail.strip();
    if (address.toLowerCase(Locale.ROOT).equals(user.email().toLowerCase(Locale.ROOT))) {
      throw EmailChangeRefusal.same();
    }
    if (users.byEmail(address).isPresent()) {
      throw EmailChangeRefusal.taken();
    }
    if (!mailer.configured()) {
      throw EmailChangeRefusal.mailNotConfigured();
    }
    Issued issued = tokens.issue(Purpose.EMAIL_CHANGE, userId, address, null, userId, LINK_TTL);
    try {
      mailer.sendOrFail(
          address,
          "Confirm your new TRAE e-mail address",
          """
          Hello %s,

          you asked to use this address for your TRAE account from now on.
          Confirm it within 24 hours here:

          %s

          Until you do, your account keeps its current address. If you did not ask
          for this, ignore this mail.
          """
              .formatted(user.displayName(), links.to("/confirm-email?token=" + issued.token())));
    } catch (MailFailure ex) {
      // rolls the link back with the transaction: a change nobody can confirm is not pending
      throw EmailChangeRefusal.mailFailed();
    }
    audit.record(
        // no addresses in audit rows: anonymisation could not reach them there
        AuditEvent.of("user.email-change.requested", Actor.user(userId, null))
            .target("user", userId));
    return new PendingChange(address, issued.expiresAt());
  }

  public Optional<PendingChange> pending(UUID userId) {
    return tokens
        .outstanding(Purpose.EMAIL_CHANGE, userId)
        .filter(p -> p.email() != null)
        .map(p -> new PendingChange(Objects.requireNonNull(p.email()), p.expiresAt()));
  }

  @Transactional
  public void cancel(UUID userId) {
    if (tokens.revokeAll(Purpose.EMAIL_CHANGE, userId) > 0) {
      audit.record(
          AuditEvent.of("user.email-change.cancelled", Actor.user(userId, null))
              .target("user", userId));
    }
  }

  /**
   * Follows the link: the address changes and the old one is told.
   *
   * @return the new address
   * @throws InvalidTokenException 400 for an unknown, used or expired link
   * @throws EmailChangeRefusal 409 when someone took the address meanwhile
   */
  @Transactional
  public String confirm(String token) {
    Pending pending =
        tokens.find(Purpose.EMAIL_CHANGE, token).orElseThrow(InvalidTokenException::new);
    User user =
        users.byId(pending.userId()).filter(User::active).orElseThrow(InvalidTokenException::new);
    String address = Objects.requireNonNull(pending.email());
    if (users.byEmail(address).filter(other -> !other.id().equals(user.id())).isPresent()) {
      throw EmailChangeRefusal.taken();
    }
    if (!tokens.consume(Purpose.EMAIL_CHANGE, token)) {
      throw new InvalidTokenException();
    }
    try {
      users.changeEmail(user.id(), address);
    } catch (DuplicateKeyException ex) {
      throw EmailChangeRefusal.taken();
    }
    audit.record(
        AuditEvent.of("user.email.changed", Actor.user(user.id(), null)).target("user", user.id()));
    mailer.send(
        user.email(),
        "Your TRAE e-mail address was changed",
        """
        Hello %s,

        the e-mail address of your TRAE account was changed from this address to
        %s. Sign-in now uses the new address.

        If you did not do this, contact an administrator of %s at once.
        """
            .formatted(user.displayName(), address, links.to("/")));
    return address;
  }
}
