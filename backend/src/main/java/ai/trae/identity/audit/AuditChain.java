package ai.trae.identity.audit;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import org.jspecify.annotations.Nullable;

/**
 * The keyed hash chain: a row's hash is HMAC-SHA-256, under a key derived from the master key, of
 * its content and the previous row's hash. A row is also sealed on its own when it is written (its
 * content MAC), before it is linked, so that whoever links it cannot be handed a rewritten row to
 * link. The encoding is unambiguous (each field length-prefixed, null distinct from empty), and the
 * summary is taken as PostgreSQL renders the stored jsonb, so that writing and verifying see the
 * same bytes.
 */
final class AuditChain {

  /** The {@code DerivedKeys} purpose; changing it would orphan every existing row. */
  static final String KEY_PURPOSE = "audit-chain";

  private static final String FORMAT = "trae-audit-chain-v1";
  private static final String SEAL_FORMAT = "trae-audit-content-v1";

  private AuditChain() {}

  /** What a row's MAC covers. */
  record Content(
      long occurredAtMicros,
      String actorType,
      @Nullable String actorId,
      @Nullable String actorUserId,
      @Nullable String actorName,
      String action,
      @Nullable String targetType,
      @Nullable String targetId,
      @Nullable String ip,
      @Nullable String userAgent,
      @Nullable String requestId,
      String summaryText) {}

  /** The chain link: the row and the hash of the row before it. */
  static byte[] mac(SecretKey key, int masterKeyId, Content row, byte @Nullable [] previous) {
    return hmac(FORMAT, key, masterKeyId, row, previous);
  }

  /** The row alone, as written by the transaction that inserts it (the content MAC). */
  static byte[] seal(SecretKey key, int masterKeyId, Content row) {
    return hmac(SEAL_FORMAT, key, masterKeyId, row, null);
  }

  private static byte[] hmac(
      String format, SecretKey key, int masterKeyId, Content row, byte @Nullable [] previous) {
    try {
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
      DataOutputStream out = new DataOutputStream(bytes);
      text(out, format);
      out.writeInt(masterKeyId);
      out.writeLong(row.occurredAtMicros());
      for (String field :
          new String[] {
            row.actorType(),
            row.actorId(),
            row.actorUserId(),
            row.actorName(),
            row.action(),
            row.targetType(),
            row.targetId(),
            row.ip(),
            row.userAgent(),
            row.requestId(),
            row.summaryText()
          }) {
        text(out, field);
      }
      blob(out, previous);
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key);
      return mac.doFinal(bytes.toByteArray());
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("HMAC-SHA-256 is not available", ex);
    }
  }

  private static void text(DataOutputStream out, @Nullable String value) throws IOException {
    blob(out, value == null ? null : value.getBytes(StandardCharsets.UTF_8));
  }

  private static void blob(DataOutputStream out, byte @Nullable [] value) throws IOException {
    if (value == null) {
      out.writeInt(-1);
    } else {
      out.writeInt(value.length);
      out.write(value);
    }
  }
}
