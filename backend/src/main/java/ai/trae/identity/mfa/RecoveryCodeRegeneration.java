package ai.trae.identity.mfa;

import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import java.security.SecureRandom;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.ErrorResponseException;

/**
 * A fresh set of recovery codes for a user whose codes ran low or leaked. The new set replaces the
 * old one entirely in one transaction, so no old code works afterwards, used or not.
 */
@Service
public class RecoveryCodeRegeneration {

  private final RecoveryCodes recoveryCodes;
  private final MfaFlags flags;
  private final MfaAudit audit;
  private final SecureRandom random = new SecureRandom();

  RecoveryCodeRegeneration(RecoveryCodes recoveryCodes, MfaFlags flags, MfaAudit audit) {
    this.recoveryCodes = recoveryCodes;
    this.flags = flags;
    this.audit = audit;
  }

  /**
   * The caller has re-checked the password.
   *
   * @return the new codes, in plain text this once only
   * @throws ErrorResponseException 409 when two-factor authentication is off
   */
  @Transactional
  public List<String> regenerate(UUID userId) {
    if (!flags.isEnabled(userId)) {
      throw new ProblemException(
          PlatformProblem.CONFLICT,
          "Two-factor authentication is off, so there are no recovery codes to replace.");
    }
    List<String> plain = RecoveryCode.generate(random);
    recoveryCodes.replace(
        userId,
        plain.stream().map(c -> RecoveryCode.hash(userId, RecoveryCode.normalise(c))).toList());
    audit.byUser("mfa.recovery-codes.regenerated", userId, "recoveryCodes", plain.size());
    return plain;
  }
}
