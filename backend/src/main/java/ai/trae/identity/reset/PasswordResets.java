package ai.trae.identity.reset;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.PasswordResetRequested;
import ai.trae.identity.reset.OneTimeTokens.Issued;
import ai.trae.identity.reset.OneTimeTokens.Pending;
import ai.trae.identity.reset.OneTimeTokens.Purpose;
import ai.trae.identity.session.Sessions;
import ai.trae.identity.token.PersonalAccessTokens;
import ai.trae.identity.user.PasswordPolicy;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import ai.trae.platform.mail.Mailer;
import ai.trae.platform.mail.PublicLinks;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Password reset by one-time link (valid one hour), requested by the user by e-mail or handed out
 * by an administrator. Requests are answered before any lookup happens: the lookup runs in the
 * background, and the link and its mail come from {@link PasswordResetMail} once the request is
 * recorded, so neither the answer nor its timing reveals whether an e-mail address has an account.
 */
@Service
public class PasswordResets {

  static final Duration LINK_TTL = Duration.ofHours(1);
  private static final Logger log = LoggerFactory.getLogger(PasswordResets.class);

  private final OneTimeTokens tokens;
  private final Users users;
  private final PasswordPolicy policy;
  private final PasswordEncoder passwords;
  private final Sessions sessions;
  private final PersonalAccessTokens accessTokens;
  private final AuditLog audit;
  private final Mailer mailer;
  private final PublicLinks links;
  private final TaskExecutor background;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;
  private final Clock clock;

  PasswordResets(
      OneTimeTokens tokens,
      Users users,
      PasswordPolicy policy,
      PasswordEncoder passwords,
      Sessions sessions,
      PersonalAccessTokens accessTokens,
      AuditLog audit,
      Mailer mailer,
      PublicLinks links,
      @Qualifier("applicationTaskExecutor") TaskExecutor background,
      TransactionTemplate transaction,
      ApplicationEventPublisher events,
      Clock clock) {
    this.tokens = tokens;
    this.users = users;
    this.policy = policy;
    this.passwords = passwords;
    this.sessions = sessions;
    this.accessTokens = accessTokens;
    this.audit = audit;
    this.mailer = mailer;
    this.links = links;
    this.background = background;
    this.transaction = transaction;
    this.events = events;
    this.clock = clock;
  }

  /** A fresh link for the user (earlier unused ones stop working). */
  @Transactional
  public ResetLink createLink(UUID userId, @Nullable UUID createdBy) {
    return issue(userId, createdBy);
  }

  /** Without a caller's transaction, {@link OneTimeTokens#issue} replaces the link in its own. */
  private ResetLink issue(UUID userId, @Nullable UUID createdBy) {
    Issued issued = tokens.issue(Purpose.PASSWORD_RESET, userId, null, null, createdBy, LINK_TTL);
    // the UI's reset page reads the token from the query
    return new ResetLink(links.to("/reset-password?token=" + issued.token()), issued.expiresAt());
  }

  /** Returns at once; see the class comment. */
  public void request(String email) {
    background.execute(
        () -> {
          try {
            transaction.executeWithoutResult(status -> record(email));
          } catch (RuntimeException ex) {
            log.warn("Password reset request failed: {}", ex.getClass().getSimpleName());
          }
        });
  }

  /**
   * Only active accounts get a link; for anyone else nothing happens. Without mail nothing happens
   * either: a link nobody receives would only end one an administrator handed out. The audit entry
   * and the event that makes the link commit together.
   */
  void record(String email) {
    User user = users.byEmail(email).filter(User::active).orElse(null);
    if (user == null || !mailer.configured()) {
      return;
    }
    audit.record(
        AuditEvent.of("user.password-reset.requested", Actor.user(user.id(), null))
            .target("user", user.id()));
    events.publishEvent(new PasswordResetRequested(user.id(), clock.instant()));
  }

  /**
   * Mails a fresh link for the request, if the account is still active and mail still on, and the
   * request is not older than a link would live: a mail retried after a long outage would arrive
   * when nobody waits for it any more.
   *
   * @throws ai.trae.platform.mail.MailFailure when the server refused: the publication stays
   *     incomplete and is retried (with another link; this one is replaced then)
   */
  void mail(PasswordResetRequested request) {
    User user = users.byId(request.userId()).filter(User::active).orElse(null);
    if (user == null || !mailer.configured()) {
      return;
    }
    if (request.requestedAt().plus(LINK_TTL).isBefore(clock.instant())) {
      log.info("Not mailing a password reset link requested more than {} ago", LINK_TTL);
      return;
    }
    ResetLink link = issue(user.id(), null);
    mailer.sendOrFail(
        user.email(),
        "Reset your TRAE password",
        """
        Hello %s,

        someone (hopefully you) asked to reset the password of your TRAE account.
        Choose a new password here within the next hour:

        %s

        If you did not ask for this, ignore this mail; your password stays as it is.
        """
            .formatted(user.displayName(), link.url()));
  }

  /**
   * Sets the new password and cuts off whoever else may hold the account: every session, personal
   * access token and other reset link ends; any lockout is lifted.
   */
  @Transactional
  public void confirm(String token, String newPassword) {
    Pending pending =
        tokens.find(Purpose.PASSWORD_RESET, token).orElseThrow(InvalidTokenException::new);
    User user =
        users
            .byId(pending.userId())
            .filter(u -> u.active() || u.status() == User.Status.DISABLED)
            .orElseThrow(InvalidTokenException::new);
    // checked before the link is used up, so a weak choice can be corrected with the same link
    policy.check(newPassword, user.email(), user.displayName());
    if (!tokens.consume(Purpose.PASSWORD_RESET, token)) {
      throw new InvalidTokenException();
    }
    users.changePassword(user.id(), passwords.encode(newPassword));
    users.clearLockout(user.id());
    int ended = sessions.revokeAll(user.id(), null, "password-reset");
    int revoked = accessTokens.revokeAll(user.id());
    int links = cancelLinks(user.id());
    audit.record(
        AuditEvent.of("user.password.reset", Actor.user(user.id(), null))
            .target("user", user.id())
            .with("sessionsEnded", ended)
            .with("tokensRevoked", revoked)
            .with("resetLinksEnded", links));
  }

  /**
   * Ends the user's unused reset links, for when the password changes or the account is disabled: a
   * link mailed or handed out earlier must not undo that later.
   */
  @Transactional
  public int cancelLinks(UUID userId) {
    return tokens.revokeAll(Purpose.PASSWORD_RESET, userId);
  }

  /**
   * @param url the page where the new password is chosen; contains the secret
   */
  public record ResetLink(String url, Instant expiresAt) {}
}
