package ai.trae.identity.mfa;

import ai.trae.identity.user.Users;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * {@code users.mfa_enabled}: the flag login and the user list read, kept in step with a confirmed
 * factor by {@link TotpService} alone. The row belongs to {@link Users}; this names what MFA needs
 * of it.
 */
@Component
class MfaFlags {

  private final Users users;

  MfaFlags(Users users) {
    this.users = users;
  }

  boolean isEnabled(UUID userId) {
    return users.mfaEnabled(userId);
  }

  void enable(UUID userId) {
    users.mfaEnrolled(userId);
  }

  /** An administrator's reset: a change to the account, so its version moves on. */
  void removedByAdministrator(UUID userId) {
    users.mfaRemovedByAdministrator(userId);
  }

  /** True when it was enabled, so only a real change is audited. */
  boolean disable(UUID userId) {
    return users.mfaTurnedOff(userId);
  }
}
