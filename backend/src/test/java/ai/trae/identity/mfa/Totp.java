package ai.trae.identity.mfa;

import java.nio.ByteBuffer;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Test helpers written without the production code: RFC 4226 HOTP over {@code javax.crypto.Mac}, a
 * base32 decoder, and a user row to hang factors on.
 */
public final class Totp {

  private Totp() {}

  public static long step(Instant instant) {
    return instant.getEpochSecond() / 30;
  }

  /** RFC 4226 section 5.3: HMAC-SHA1 of the counter, dynamic truncation, modulo 10^digits. */
  public static String hotp(byte[] key, long counter, int digits) {
    try {
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = mac.doFinal(ByteBuffer.allocate(8).putLong(counter).array());
      int offset = hash[hash.length - 1] & 0xf;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format(Locale.ROOT, "%0" + digits + "d", binary % (int) Math.pow(10, digits));
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  public static String code(String base32Secret, long step) {
    return hotp(base32Decode(base32Secret), step, 6);
  }

  public static byte[] base32Decode(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    ByteBuffer out = ByteBuffer.allocate(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (char c : text.toCharArray()) {
      int value = alphabet.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.put((byte) (buffer >> (bits - 8)));
        bits -= 8;
      }
    }
    return out.array();
  }

  /** An active user with the given password hash (or none), and a unique e-mail address. */
  public static UUID insertUser(JdbcClient jdbc, @Nullable String passwordHash) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into users (id, email, display_name, password_hash, role, status, created_at)
            values (?, ?, 'MFA Tester', ?, 'AUTHOR', 'active', now())
            """)
        .params(id, "mfa-" + id + "@example.com", passwordHash)
        .update();
    return id;
  }
}
