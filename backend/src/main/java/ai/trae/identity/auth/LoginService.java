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
import ai.trae.platform.ratelimit.ConsumptionResult;
import ai.trae.platform.ratelimit.RateLimitExceededException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionOperations;

/**
 * The password step of signing in. Unknown e-mails, wrong passwords, disabled and locked accounts
 * all cost one bcrypt comparison and end in the same {@link InvalidCredentialsException}, so
 * neither the answer nor its timing tells them apart. Repeated failures lock for a doubling period:
 * the account for browsers it does not know, and a known browser (see {@link LoginDevices}) only
 * for its own failures.
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
  private final MfaChallenges challenges;
  private final LoginDevices devices;
  private final TransactionOperations tx;

  LoginService(
      Users users,
      Roles roles,
      Sessions sessions,
      AccessTokens tokens,
      PasswordEncoder passwords,
      AuditLog audit,
      Clock clock,
      TotpService totp,
      @Qualifier("mfaStepDecoder") JwtDecoder mfaStepDecoder,
      MfaChallenges challenges,
      LoginDevices devices,
      TransactionOperations tx) {
    this.tx = tx;
    this.totp = totp;
    this.mfaStepDecoder = mfaStepDecoder;
    this.users = users;
    this.roles = roles;
    this.sessions = sessions;
    this.tokens = tokens;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
    this.challenges = challenges;
    this.devices = devices;
    this.dummyHash = passwords.encode("timing-equaliser-" + UUID.randomUUID());
  }

  /**
   * Which budgets an attempt takes from, decided before the password is looked at: a browser that
   * signed in to this account before has its own; every other client shares the address and account
   * budgets.
   */
  public interface Throttle {

    void knownDevice(UUID deviceId);

    void unknownClient();
  }

  /**
   * @param deviceCookie the device cookie the browser sent, if any
   */
  public Outcome login(
      String email,
      String password,
      @Nullable String deviceCookie,
      Throttle throttle,
      @Nullable String userAgent,
      @Nullable String ip) {
    Optional<LoginDevices.Device> device = devices.recognise(email, deviceCookie);
    device.ifPresentOrElse(d -> throttle.knownDevice(d.id()), throttle::unknownClient);
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
    boolean locked = device.map(d -> d.lockedAt(now)).orElseGet(() -> user.lockedAt(now));
    if (!user.active() || locked || !matches) {
      String reason = !user.active() ? "disabled" : locked ? "locked" : "wrong-password";
      tx.executeWithoutResult(
          status -> {
            if (user.active() && !matches) {
              if (device.isPresent()) {
                devices.failed(device.get().id());
              } else {
                int failures = user.failedLogins() + 1;
                users.loginFailed(user.id(), failures, lockUntil(failures, now));
              }
            }
            audit.record(
                AuditEvent.of("auth.login.failed", Actor.user(user.id(), null))
                    .target("user", user.id())
                    .with("reason", reason)
                    .with("device", device.isPresent() ? "known" : "unknown"));
          });
      throw new InvalidCredentialsException();
    }
    if (user.mfaEnabled()) {
      UUID challenge =
          tx.execute(
              status -> {
                audit.record(
                    AuditEvent.of("auth.login.password-accepted", Actor.user(user.id(), null))
                        .target("user", user.id())
                        .with("next", "mfa"));
                return challenges.open(user.id(), AccessTokens.MFA_STEP_TTL);
              });
      return new Outcome(null, tokens.mfaStepToken(user.id(), challenge));
    }
    return new Outcome(signIn(user, deviceCookie, userAgent, ip, "password"), null);
  }

  /**
   * The second step: the five-minute token from the password step plus a TOTP or recovery code. The
   * token is spent by its first success and ends after a few wrong codes; wrong codes also count
   * per account, which pauses the step for a while (429) once past a few. A wrong code is audited
   * and answered like a wrong password.
   */
  public Tokens completeWithMfa(
      String mfaToken,
      String code,
      @Nullable String deviceCookie,
      Consumer<UUID> perAccountLimit,
      @Nullable String userAgent,
      @Nullable String ip) {
    UUID userId;
    UUID challenge;
    try {
      Jwt step = mfaStepDecoder.decode(mfaToken);
      userId = UUID.fromString(step.getSubject());
      challenge = UUID.fromString(String.valueOf(step.getId()));
    } catch (JwtException | IllegalArgumentException ex) {
      throw new InvalidMfaCodeException();
    }
    perAccountLimit.accept(userId);
    User user = users.byId(userId).filter(User::active).orElseThrow(InvalidMfaCodeException::new);
    MfaChallenges.Attempt attempt =
        challenges.attempt(challenge, userId, () -> totp.verify(userId, code));
    if (attempt.retryAfter() != null) {
      throw paused(attempt.retryAfter());
    }
    if (!attempt.passed()) {
      audit.record(
          AuditEvent.of("auth.mfa.failed", Actor.user(userId, null)).target("user", userId));
      throw new InvalidMfaCodeException();
    }
    return signIn(user, deviceCookie, userAgent, ip, "password+totp");
  }

  private static RateLimitExceededException paused(Duration retryAfter) {
    long seconds = Math.max(1, retryAfter.toSeconds() + (retryAfter.toNanosPart() > 0 ? 1 : 0));
    return new RateLimitExceededException(new ConsumptionResult(false, 0, 1, seconds, seconds));
  }

  /**
   * Opens the session once every required step passed, for a browser not known to the account yet
   * (it becomes known).
   */
  public Tokens complete(
      User user, @Nullable String userAgent, @Nullable String ip, String method) {
    return signIn(user, null, userAgent, ip, method);
  }

  private Tokens signIn(
      User user,
      @Nullable String deviceCookie,
      @Nullable String userAgent,
      @Nullable String ip,
      String method) {
    Instant now = clock.instant();
    record Opened(LoginDevices.Remembered device, Sessions.Opened session) {}
    // the session, the account's sign-in state and the audit entry commit together or not at all
    Opened opened =
        tx.execute(
            status -> {
              LoginDevices.Remembered remembered = devices.remember(user.id(), deviceCookie);
              if (remembered.known()) {
                users.loginRecorded(user.id(), now);
              } else {
                users.loginSucceeded(user.id(), now);
              }
              Sessions.Opened session = sessions.open(user.id(), userAgent, ip);
              audit.record(
                  AuditEvent.of("auth.login.succeeded", Actor.user(user.id(), null))
                      .target("session", session.sessionId())
                      .with("method", method)
                      .with("device", remembered.known() ? "known" : "new"));
              return new Opened(remembered, session);
            });
    LoginDevices.Remembered device = opened.device();
    Sessions.Opened session = opened.session();
    return new Tokens(
        tokens.accessToken(user.id(), session.sessionId()),
        tokens.expiresIn(),
        session.refreshToken(),
        session.expiresAt(),
        enrolmentRequired(user),
        device.token(),
        device.expiresAt());
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
      boolean mfaEnrolmentRequired,
      String deviceToken,
      Instant deviceExpiresAt) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "Tokens[redacted]";
    }
  }
}
