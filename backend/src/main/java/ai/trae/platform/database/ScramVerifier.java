package ai.trae.platform.database;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * A PostgreSQL SCRAM-SHA-256 password verifier (RFC 5802/7677), computed here so that {@code ALTER
 * ROLE … PASSWORD} never carries a password in clear text that a statement log could keep.
 */
final class ScramVerifier {

  private static final int ITERATIONS = 4096;
  private static final SecureRandom RANDOM = new SecureRandom();

  private ScramVerifier() {}

  /** The passwords TRAE generates are ASCII, so SASLprep leaves them as they are. */
  static String of(String password) {
    try {
      byte[] salt = new byte[16];
      RANDOM.nextBytes(salt);
      byte[] salted =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256))
              .getEncoded();
      byte[] clientKey = hmac(salted, "Client Key");
      byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
      byte[] serverKey = hmac(salted, "Server Key");
      Base64.Encoder b64 = Base64.getEncoder();
      return "SCRAM-SHA-256$%d:%s$%s:%s"
          .formatted(
              ITERATIONS,
              b64.encodeToString(salt),
              b64.encodeToString(storedKey),
              b64.encodeToString(serverKey));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("every JDK has PBKDF2 and HMAC-SHA-256", ex);
    }
  }

  private static byte[] hmac(byte[] key, String message) throws GeneralSecurityException {
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(key, "HmacSHA256"));
    return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
  }
}
