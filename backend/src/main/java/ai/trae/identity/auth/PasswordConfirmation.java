package ai.trae.identity.auth;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.IdentityRateLimits;
import ai.trae.identity.user.PasswordPolicy;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import ai.trae.platform.ratelimit.RateLimitPolicy;
import ai.trae.platform.ratelimit.RateLimiter;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Re-checks a signed-in user's proof (the current password, or a second-factor code) before a
 * sensitive change. A stolen session must not become a password oracle: every check takes from the
 * user's {@link RateLimitPolicy#PASSWORD_CHECK} budget (429 past it), and every failed one is
 * audited, in its own transaction so that the caller's rollback keeps the entry.
 */
@Service
public class PasswordConfirmation {

  private final Users users;
  private final PasswordEncoder passwords;
  private final RateLimiter limits;
  private final AuditLog audit;
  private final TransactionTemplate separately;

  PasswordConfirmation(
      Users users,
      PasswordEncoder passwords,
      RateLimiter limits,
      AuditLog audit,
      PlatformTransactionManager transactions) {
    this.users = users;
    this.passwords = passwords;
    this.limits = limits;
    this.audit = audit;
    this.separately = new TransactionTemplate(transactions);
    this.separately.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
  }

  /**
   * @param purpose what the check guards, for the audit entry ({@code password-change}, …)
   * @return whether the password is the user's
   * @throws ai.trae.platform.ratelimit.RateLimitExceededException past the user's budget
   */
  public boolean password(UUID userId, String password, String purpose) {
    return check(userId, purpose, "password", () -> passwordMatches(userId, password));
  }

  /**
   * The same budget and audit for a proof checked elsewhere (a second-factor code).
   *
   * @param proof the kind of proof, for the audit entry ({@code code})
   */
  public boolean check(UUID userId, String purpose, String proof, BooleanSupplier matches) {
    limits.check(IdentityRateLimits.PASSWORD_CHECK, userId.toString());
    boolean ok = matches.getAsBoolean();
    if (!ok) {
      separately.executeWithoutResult(
          status ->
              audit.record(
                  AuditEvent.of("auth.reauthentication.failed", Actor.user(userId, null))
                      .target("user", userId)
                      .with("purpose", purpose)
                      .with("proof", proof)));
    }
    return ok;
  }

  private boolean passwordMatches(UUID userId, String password) {
    String hash = users.byId(userId).map(User::passwordHash).orElse(null);
    // bcrypt would compare only the first 72 bytes of a longer one
    return hash != null && PasswordPolicy.fitsHash(password) && passwords.matches(password, hash);
  }
}
