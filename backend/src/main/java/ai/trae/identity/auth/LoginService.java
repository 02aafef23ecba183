package ai.trae.identity.auth;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.mfa.TotpService;
import ai.trae.identity.session.Sessions;
import ai.trae.identity.user.PasswordPolicy;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;

/**
 * The password step of signing in. Unknown e-mails, wrong passwords, disabled and locked accounts
 * all cost one bcrypt comparison and end in the same {@link InvalidCredentialsException}, so
 * neither the answer nor its timing tells them apart. Repeated failures lock the account for a
 * doubling period.
 */
@Service
public class LoginService {

  static final int FREE_ATTEMPTS = 5;
  static final Duration FIRST_LOCK = Duration.ofSeconds(30);
  static final Duration MAX_LOCK = Duration.ofMinutes(15);

  private final Users users;
  private final Roles roles;
  private final Sessions sessions;
  private final AccessTokens tokens;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final Clock clock;
  private final String dummyHash;
  private final TotpService totp;
  private final JwtDecoder mfaStepDecoder;

  LoginService(
      Users users,
      Roles roles,
      Sessions sessions,
      AccessTokens tokens,
      PasswordEncoder passwords,
      AuditLog audit,
      Clock clock,
      TotpService totp,
      @Qualifier("mfaStepDecoder") JwtDecoder mfaStepDecoder) {
    this.totp = totp;
    this.mfaStepDecoder = mfaStepDecoder;
    this.users = users;
    this.roles = roles;
    this.sessions = sessions;
    this.tokens = tokens;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
    this.dummyHash = passwords.encode("timing-equaliser-" + UUID.randomUUID());
  }

  public Outcome login(
      String email, String password, @Nullable String userAgent, @Nullable String ip) {
    Instant now = clock.instant();
    Optional<User> found = users.byEmail(email);
    String hash = found.map(User::passwordHash).orElse(null);
    // a password longer than bcrypt reads was never accepted by the policy: compare something
    // else against the dummy hash, so it costs the same and cannot match on its first 72 bytes
    boolean fits = PasswordPolicy.fitsHash(password);
    boolean matches =
        passwords.matches(fits ? password : "", hash == null || !fits ? dummyHash : hash)
            && hash != null
            && fits;
    if (found.isEmpty()) {
      audit.record(
          AuditEvent.of("auth.login.failed", Actor.anonymous(null))
              .with("reason", "unknown-account"));
      throw new InvalidCredentialsException();
    }
    User user = found.get();
    if (!user.active() || user.lockedAt(now) || !matches) {
      String reason =
          !user.active() ? "disabled" : user.lockedAt(now) ? "locked" : "wrong-password";
      if (user.active() && !matches) {
        int failures = user.failedLogins() + 1;
        users.loginFailed(user.id(), failures, lockUntil(failures, now));
      }
      audit.record(
          AuditEvent.of("auth.login.failed", Actor.user(user.id(), null))
              .target("user", user.id())
              .with("reason", reason));
      throw new InvalidCredentialsException();
    }
    if (user.mfaEnabled()) {
      audit.record(
          AuditEvent.of("auth.login.password-accepted", Actor.user(user.id(), null))
              .target("user", user.id())
              .with("next", "mfa"));
      return new Outcome(null, tokens.mfaStepToken(user.id()));
    }
    return new Outcome(complete(user, userAgent, ip, "password"), null);
  }

  /**
   * The second step: the five-minute token from the password step plus a TOTP or recovery code. A
   * wrong code is audited and answered like a wrong password.
   */
  public Tokens completeWithMfa(
      String mfaToken,
      String code,
      Consumer<UUID> perAccountLimit,
      @Nullable String userAgent,
      @Nullable String ip) {
    UUID userId;
    try {
      userId = UUID.fromString(mfaStepDecoder.decode(mfaToken).getSubject());
    } catch (JwtException | IllegalArgumentException ex) {
      throw new InvalidMfaCodeException();
    }
    perAccountLimit.accept(userId);
    User user = users.byId(userId).filter(User::active).orElseThrow(InvalidMfaCodeException::new);
    if (!totp.verify(userId, code)) {
      audit.record(
          AuditEvent.of("auth.mfa.failed", Actor.user(userId, null)).target("user", userId));
      throw new InvalidMfaCodeException();
    }
    return complete(user, userAgent, ip, "password+totp");
  }

  /** Opens the session once every required step passed. */
  public Tokens complete(
      User user, @Nullable String userAgent, @Nullable String ip, String method) {
    users.loginSucceeded(user.id(), clock.instant());
    Sessions.Opened session = sessions.open(user.id(), userAgent, ip);
    audit.record(
        AuditEvent.of("auth.login.succeeded", Actor.user(user.id(), null))
            .target("session", session.sessionId())
            .with("method", method));
    return new Tokens(
        tokens.accessToken(user.id(), session.sessionId()),
        tokens.expiresIn(),
        session.refreshToken(),
        session.expiresAt(),
        enrolmentRequired(user));
  }

  public boolean enrolmentRequired(User user) {
    return !user.mfaEnabled()
        && roles.byName(user.role()).map(Roles.Role::mfaRequired).orElse(false);
  }

  static @Nullable Instant lockUntil(int failures, Instant now) {
    if (failures < FREE_ATTEMPTS) {
      return null;
    }
    Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures - FREE_ATTEMPTS, 10));
    return now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
  }

  /** Either tokens, or the token for the MFA step. */
  public record Outcome(@Nullable Tokens tokens, @Nullable String mfaToken) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "Outcome[redacted]";
    }
  }

  public record Tokens(
      String accessToken,
      long expiresIn,
      String refreshToken,
      Instant sessionExpiresAt,
      boolean mfaEnrolmentRequired) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "Tokens[redacted]";
    }
  }
}
