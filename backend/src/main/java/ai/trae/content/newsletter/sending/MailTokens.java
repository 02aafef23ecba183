package ai.trae.content.newsletter.sending;

import ai.trae.platform.crypto.DerivedKeys;
import ai.trae.platform.crypto.DerivedKeys.DerivedKey;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import javax.crypto.Mac;
import org.springframework.stereotype.Component;

/**
 * The tokens in a newsletter's links: what they name (a subscriber to unsubscribe, a recipient who
 * opened, a recipient and a URL clicked), the master key's id and a truncated HMAC-SHA-256 under a
 * key derived for that purpose. Nothing is stored per link, a token cannot be made for another
 * subscriber or URL, and a key rotation leaves mailed links working while the keyset holds the old
 * key.
 */
@Component
public class MailTokens {

  static final String UNSUBSCRIBE = "content.newsletter.unsubscribe";
  static final String OPEN = "content.newsletter.open";
  static final String CLICK = "content.newsletter.click";

  private static final int MAC_BYTES = 16;
  private static final int MAX_TOKEN_LENGTH = 4096;

  private final DerivedKeys keys;

  MailTokens(DerivedKeys keys) {
    this.keys = keys;
  }

  public String unsubscribe(UUID subscriberId) {
    return sign(UNSUBSCRIBE, uuid(subscriberId));
  }

  public Optional<UUID> unsubscribeSubscriber(String token) {
    return verify(UNSUBSCRIBE, token).filter(p -> p.length == 16).map(MailTokens::uuid);
  }

  String open(long recipientId) {
    return sign(OPEN, ByteBuffer.allocate(8).putLong(recipientId).array());
  }

  public Optional<Long> openRecipient(String token) {
    return verify(OPEN, token).filter(p -> p.length == 8).map(p -> ByteBuffer.wrap(p).getLong());
  }

  String click(long recipientId, String url) {
    byte[] target = url.getBytes(StandardCharsets.UTF_8);
    return sign(
        CLICK, ByteBuffer.allocate(8 + target.length).putLong(recipientId).put(target).array());
  }

  /** The recipient and the URL the link was made for, if the token is genuine. */
  public Optional<Click> clicked(String token) {
    return verify(CLICK, token)
        .filter(p -> p.length > 8)
        .map(
            p ->
                new Click(
                    ByteBuffer.wrap(p).getLong(),
                    new String(p, 8, p.length - 8, StandardCharsets.UTF_8)));
  }

  public record Click(long recipientId, String url) {}

  private String sign(String purpose, byte[] payload) {
    DerivedKey key = keys.current(purpose);
    byte[] mac = mac(key, payload);
    ByteBuffer token = ByteBuffer.allocate(payload.length + 4 + MAC_BYTES);
    token.put(payload).putInt(key.masterKeyId()).put(mac, 0, MAC_BYTES);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(token.array());
  }

  private Optional<byte[]> verify(String purpose, String token) {
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    byte[] raw;
    try {
      raw = Base64.getUrlDecoder().decode(token);
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
    if (raw.length < 4 + MAC_BYTES) {
      return Optional.empty();
    }
    int payloadLength = raw.length - 4 - MAC_BYTES;
    byte[] payload = Arrays.copyOf(raw, payloadLength);
    int keyId = ByteBuffer.wrap(raw, payloadLength, 4).getInt();
    byte[] given = Arrays.copyOfRange(raw, payloadLength + 4, raw.length);
    return keys.forMasterKey(purpose, keyId)
        .filter(key -> MessageDigest.isEqual(Arrays.copyOf(mac(key, payload), MAC_BYTES), given))
        .map(key -> payload);
  }

  private static byte[] mac(DerivedKey key, byte[] payload) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(key.key());
      return mac.doFinal(payload);
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("HMAC-SHA-256 is in every JDK", ex);
    }
  }

  private static byte[] uuid(UUID id) {
    return ByteBuffer.allocate(16)
        .putLong(id.getMostSignificantBits())
        .putLong(id.getLeastSignificantBits())
        .array();
  }

  private static UUID uuid(byte[] bytes) {
    ByteBuffer buffer = ByteBuffer.wrap(bytes);
    return new UUID(buffer.getLong(), buffer.getLong());
  }
}
