package ai.trae.content.publishing.bluesky;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.UUID;

/**
 * A post's record key, derived instead of drawn: {@code createRecord} has no idempotency key, so
 * every attempt of one delivery names the same record, and a repeat after an unknown outcome finds
 * the post ({@code getRecord}) or is refused as a duplicate instead of posting twice.
 *
 * <p>Posts need a TID (a timestamp identifier): 53 bits of microseconds since the epoch and a
 * 10-bit clock id, written in base32-sortable as 13 characters. The milliseconds come from the
 * publication's UUIDv7, so keys sort by when the item was first published; the rest comes from a
 * hash of the publication and the delivery's idempotency key, so a post made again after an
 * unpublish gets a new key.
 */
final class RecordKeys {

  private static final char[] BASE32_SORTABLE = "234567abcdefghijklmnopqrstuvwxyz".toCharArray();

  /** 2020-09-13: before it, a UUID's "timestamp" is not one (not a v7). */
  private static final long FIRST_MILLIS = 1_600_000_000_000L;

  private RecordKeys() {}

  static String of(UUID publication, String idempotencyKey) {
    ByteBuffer hash = ByteBuffer.wrap(sha256(publication + "\n" + idempotencyKey));
    long mixed = hash.getLong() & Long.MAX_VALUE;
    long millis = publication.version() == 7 ? publication.getMostSignificantBits() >>> 16 : 0;
    if (millis < FIRST_MILLIS) {
      millis = FIRST_MILLIS + (hash.getLong() & Long.MAX_VALUE) % 100_000_000_000L;
    }
    long micros = millis * 1_000 + mixed % 1_000;
    long clockId = (mixed >>> 20) & 0x3FF;
    return tid((micros << 10) | clockId);
  }

  static String tid(long value) {
    char[] out = new char[13];
    for (int i = 12; i >= 0; i--) {
      out[i] = BASE32_SORTABLE[(int) (value & 31)];
      value >>>= 5;
    }
    return new String(out);
  }

  private static byte[] sha256(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException ex) {
      throw new IllegalStateException("every JVM has SHA-256", ex);
    }
  }
}
