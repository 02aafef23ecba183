package ai.trae.identity.mfa;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * {@code users.mfa_enabled}: the flag login and the user list read, kept in step with a confirmed
 * factor by {@link TotpService} alone.
 */
@Repository
class MfaFlags {

  private final JdbcClient jdbc;

  MfaFlags(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  boolean isEnabled(UUID userId) {
    return jdbc.sql("select mfa_enabled from users where id = ?")
        .param(userId)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  void enable(UUID userId) {
    jdbc.sql("update users set mfa_enabled = true where id = ?").param(userId).update();
  }

  /** True when it was enabled, so only a real change is audited. */
  boolean disable(UUID userId) {
    return jdbc.sql("update users set mfa_enabled = false where id = ? and mfa_enabled")
            .param(userId)
            .update()
        == 1;
  }
}
