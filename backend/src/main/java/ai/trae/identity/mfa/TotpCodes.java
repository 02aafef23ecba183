package ai.trae.identity.mfa;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.OptionalLong;
import javax.crypto.spec.SecretKeySpec;

/**
 * RFC 6238 with the parameters every authenticator app defaults to (HMAC-SHA1, 30 s steps). Codes
 * are compared by time step, so the caller can remember the step and refuse it a second time.
 */
final class TotpCodes {

  static final Duration STEP = Duration.ofSeconds(30);

  /** One step either side absorbs clock drift and the seconds a user needs to type. */
  static final int WINDOW = 1;

  private final TimeBasedOneTimePasswordGenerator generator;

  TotpCodes(int digits) {
    this.generator = new TimeBasedOneTimePasswordGenerator(STEP, digits);
  }

  static long stepAt(Instant instant) {
    return Math.floorDiv(instant.getEpochSecond(), STEP.toSeconds());
  }

  String codeAt(byte[] secret, Instant instant) {
    return codeForStep(secret, stepAt(instant));
  }

  String codeForStep(byte[] secret, long step) {
    try {
      int code =
          generator.generateOneTimePassword(
              new SecretKeySpec(secret, "RAW"), Instant.ofEpochSecond(step * STEP.toSeconds()));
      // Locale.ROOT: some locales format digits in other scripts
      return String.format(Locale.ROOT, "%0" + generator.getPasswordLength() + "d", code);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("TOTP secret rejected by HMAC", e);
    }
  }

  /** The step within the window whose code is {@code code}, newest first; empty if none. */
  OptionalLong matchingStep(byte[] secret, String code, Instant now) {
    byte[] given = code.getBytes(StandardCharsets.US_ASCII);
    long current = stepAt(now);
    for (long step = current + WINDOW; step >= current - WINDOW; step--) {
      byte[] expected = codeForStep(secret, step).getBytes(StandardCharsets.US_ASCII);
      if (MessageDigest.isEqual(expected, given)) {
        return OptionalLong.of(step);
      }
    }
    return OptionalLong.empty();
  }
}
