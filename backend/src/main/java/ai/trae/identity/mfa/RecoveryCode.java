package ai.trae.identity.mfa;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Recovery codes: {@code xxxxx-xxxxx} in Crockford's lower-case base32 (no i, l, o, u, so they read
 * back unambiguously), 50 random bits each. Only a hash is stored; the code is shown once.
 */
final class RecoveryCode {

  static final int COUNT = 10;
  private static final String ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz";
  private static final int LENGTH = 10;

  private RecoveryCode() {}

  static List<String> generate(SecureRandom random) {
    return Stream.generate(() -> one(random)).limit(COUNT).toList();
  }

  private static String one(SecureRandom random) {
    StringBuilder code = new StringBuilder(LENGTH + 1);
    for (int i = 0; i < LENGTH; i++) {
      if (i == LENGTH / 2) {
        code.append('-');
      }
      code.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
    }
    return code.toString();
  }

  /**
   * What the user typed, in canonical form: case, spaces and dashes do not matter, and the letters
   * people mistake for digits count as those digits (Crockford's rule). Empty if it cannot be a
   * recovery code.
   */
  static String normalise(String typed) {
    StringBuilder code = new StringBuilder(LENGTH);
    for (char c : typed.toLowerCase(Locale.ROOT).toCharArray()) {
      if (Character.isWhitespace(c) || c == '-') {
        continue;
      }
      char canonical = c == 'o' ? '0' : (c == 'i' || c == 'l') ? '1' : c;
      if (ALPHABET.indexOf(canonical) < 0) {
        return "";
      }
      code.append(canonical);
    }
    return code.length() == LENGTH ? code.toString() : "";
  }

  /**
   * SHA-256 is enough for 50 random bits (no password stretching needed); the user id salts it so
   * one precomputed table does not serve every account.
   */
  static String hash(UUID userId, String normalised) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      digest.update(userId.toString().getBytes(StandardCharsets.US_ASCII));
      digest.update((byte) ':');
      return HexFormat.of()
          .formatHex(digest.digest(normalised.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JRE has SHA-256", e);
    }
  }
}
