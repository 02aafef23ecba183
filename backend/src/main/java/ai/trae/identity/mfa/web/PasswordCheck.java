package ai.trae.identity.mfa.web;

import ai.trae.identity.auth.PasswordConfirmation;
import ai.trae.identity.mfa.TotpService;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Re-checks the signed-in user's password or code before a sensitive change to their second factor;
 * {@link PasswordConfirmation} limits and audits the checks.
 */
@Component
class PasswordCheck {

  private static final String PURPOSE = "mfa";

  private final PasswordConfirmation confirmation;
  private final TotpService totp;

  PasswordCheck(PasswordConfirmation confirmation, TotpService totp) {
    this.confirmation = confirmation;
    this.totp = totp;
  }

  boolean matches(UUID userId, String password) {
    return confirmation.password(userId, password, PURPOSE);
  }

  /** A current code or an unused recovery code (spent if it matches). */
  boolean codeMatches(UUID userId, String code) {
    return confirmation.check(userId, PURPOSE, "code", () -> totp.verify(userId, code));
  }
}
