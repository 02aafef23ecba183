package ai.trae.platform.webhooks;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Standard Webhooks signing secrets: {@code whsec_} and the base64 of 32 random bytes, the form
 * every Standard Webhooks library reads (the receiver passes the whole string to its verifier).
 */
public final class WebhookSecrets {

  public static final String PREFIX = "whsec_";

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Shortest key accepted: 24 bytes (Standard Webhooks asks for 24 to 64). */
  private static final int MIN_BYTES = 24;

  private static final int MAX_BYTES = 64;

  private WebhookSecrets() {}

  public static String generate() {
    byte[] key = new byte[32];
    RANDOM.nextBytes(key);
    return PREFIX + Base64.getEncoder().encodeToString(key);
  }

  /** {@code whsec_} followed by the standard base64 of 24 to 64 bytes. */
  public static boolean isValid(String secret) {
    if (!secret.startsWith(PREFIX)) {
      return false;
    }
    try {
      int length = Base64.getDecoder().decode(secret.substring(PREFIX.length())).length;
      return length >= MIN_BYTES && length <= MAX_BYTES;
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
  }
}
