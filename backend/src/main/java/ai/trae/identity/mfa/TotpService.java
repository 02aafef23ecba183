package ai.trae.identity.mfa;

import ai.trae.platform.crypto.SecretBox;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.util.UriUtils;

/**
 * TOTP two-factor authentication: enrolment, verification at sign-in (codes and recovery codes,
 * each accepted once), and turning it off. Login calls {@link #verify}; the {@code /me/mfa}
 * endpoints and user administration call the rest.
 */
@Service
public class TotpService {

  static final String ISSUER = "TRAE";
  static final int DIGITS = 6;

  /** 160 bits: the HMAC-SHA1 key length RFC 4226 recommends. */
  private static final int SECRET_BYTES = 20;

  private static final Pattern TOTP_CODE = Pattern.compile("\\d{" + DIGITS + "}");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+");

  private final TotpFactors factors;
  private final RecoveryCodes recoveryCodes;
  private final MfaFlags flags;
  private final SecretBox secretBox;
  private final MfaAudit audit;
  private final ObjectProvider<Clock> clock;
  private final TotpCodes codes = new TotpCodes(DIGITS);
  private final SecureRandom random = new SecureRandom();

  TotpService(
      TotpFactors factors,
      RecoveryCodes recoveryCodes,
      MfaFlags flags,
      SecretBox secretBox,
      MfaAudit audit,
      ObjectProvider<Clock> clock) {
    this.factors = factors;
    this.recoveryCodes = recoveryCodes;
    this.flags = flags;
    this.secretBox = secretBox;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Starts (or restarts) enrolment with a fresh secret, which stays pending until {@link #confirm}.
   *
   * @param accountName shown in the authenticator app next to "TRAE", normally the e-mail address
   * @throws MfaException 409 {@code mfa-already-enabled} when a confirmed factor exists
   */
  @Transactional
  public TotpEnrolment startEnrolment(UUID userId, String accountName) {
    byte[] secret = new byte[SECRET_BYTES];
    random.nextBytes(secret);
    if (!factors.savePending(userId, secretBox.encrypt(secret, context(userId)))) {
      throw MfaException.alreadyEnabled();
    }
    String base32 = Base32.encode(secret);
    String uri = otpauthUri(accountName, base32);
    return new TotpEnrolment(base32, uri, QrCodeSvg.render(uri));
  }

  /**
   * Completes enrolment with a code from the app, which proves it holds the secret.
   *
   * @return the ten recovery codes, in plain text this once only
   * @throws MfaException 400 {@code invalid-mfa-code}, or 409 when nothing is pending
   */
  @Transactional
  public List<String> confirm(UUID userId, String code) {
    TotpFactors.Factor factor = factors.find(userId).orElseThrow(MfaException::enrolmentNotStarted);
    if (factor.confirmed()) {
      throw MfaException.alreadyEnabled();
    }
    Instant now = now();
    OptionalLong step = matchingStep(userId, factor, code, now);
    if (step.isEmpty()
        || !factors.confirm(userId, factor.secretEncrypted(), step.getAsLong(), now)) {
      throw MfaException.invalidCode();
    }
    flags.enable(userId);
    List<String> plain = RecoveryCode.generate(random);
    recoveryCodes.replace(
        userId,
        plain.stream().map(c -> RecoveryCode.hash(userId, RecoveryCode.normalise(c))).toList());
    audit.byUser("mfa.totp.enabled", userId, "recoveryCodes", plain.size());
    return plain;
  }

  /**
   * The second factor at sign-in: a current TOTP code (one step of drift either way) or an unused
   * recovery code. Either is spent by a successful call, so the same value never works twice.
   */
  @Transactional
  public boolean verify(UUID userId, String code) {
    String compact = WHITESPACE.matcher(code).replaceAll("");
    if (TOTP_CODE.matcher(compact).matches()) {
      return verifyTotp(userId, compact);
    }
    String recovery = RecoveryCode.normalise(code);
    if (recovery.isEmpty()
        || !recoveryCodes.use(userId, RecoveryCode.hash(userId, recovery), now())) {
      return false;
    }
    audit.byUser("mfa.recovery-code.used", userId, "remaining", recoveryCodes.remaining(userId));
    return true;
  }

  private boolean verifyTotp(UUID userId, String code) {
    TotpFactors.Factor factor = factors.find(userId).orElse(null);
    if (factor == null || !factor.confirmed()) {
      return false;
    }
    OptionalLong step = matchingStep(userId, factor, code, now());
    return step.isPresent() && factors.claimStep(userId, step.getAsLong());
  }

  /** Turns MFA off at the user's own request (identity already re-checked by the caller). */
  @Transactional
  public void disable(UUID userId) {
    if (remove(userId)) {
      audit.byUser("mfa.totp.disabled", userId, "reason", "user");
    }
  }

  public boolean isEnabled(UUID userId) {
    return flags.isEnabled(userId);
  }

  /** For an administrator helping a user who lost both device and recovery codes. */
  @Transactional
  public void resetByAdmin(UUID userId) {
    remove(userId);
    audit.byAdmin("mfa.totp.disabled", userId);
  }

  /**
   * Factors, recovery codes and the flag go, audited by the caller (an administrator's MFA reset or
   * an anonymisation records its own entry).
   */
  @Transactional
  public void removeForAdministrator(UUID userId) {
    factors.delete(userId);
    recoveryCodes.deleteAll(userId);
    flags.removedByAdministrator(userId);
  }

  private boolean remove(UUID userId) {
    factors.delete(userId);
    recoveryCodes.deleteAll(userId);
    return flags.disable(userId);
  }

  private OptionalLong matchingStep(
      UUID userId, TotpFactors.Factor factor, String code, Instant now) {
    String compact = WHITESPACE.matcher(code).replaceAll("");
    if (!TOTP_CODE.matcher(compact).matches()) {
      return OptionalLong.empty();
    }
    byte[] secret = secretBox.decrypt(factor.secretEncrypted(), context(userId));
    return codes.matchingStep(secret, compact, now);
  }

  static String context(UUID userId) {
    return "totp:" + userId;
  }

  static String otpauthUri(String accountName, String base32Secret) {
    // the label is one path segment; "@" may stay as it is, which apps display more nicely
    String label = ISSUER + ":" + UriUtils.encodePathSegment(accountName, "UTF-8");
    return "otpauth://totp/%s?secret=%s&issuer=%s&algorithm=SHA1&digits=%d&period=%d"
        .formatted(label, base32Secret, ISSUER, DIGITS, TotpCodes.STEP.toSeconds());
  }

  private Instant now() {
    return clock.getIfAvailable(Clock::systemUTC).instant();
  }
}
