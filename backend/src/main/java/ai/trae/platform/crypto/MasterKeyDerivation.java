package ai.trae.platform.crypto;

import ai.trae.platform.crypto.DerivedKeys.DerivedKey;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.Key;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.aead.AesCtrHmacAeadKey;
import com.google.crypto.tink.aead.AesEaxKey;
import com.google.crypto.tink.aead.AesGcmKey;
import com.google.crypto.tink.aead.AesGcmSivKey;
import com.google.crypto.tink.aead.ChaCha20Poly1305Key;
import com.google.crypto.tink.aead.XAesGcmKey;
import com.google.crypto.tink.aead.XChaCha20Poly1305Key;
import com.google.crypto.tink.subtle.Hkdf;
import com.google.crypto.tink.util.SecretBytes;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import javax.crypto.spec.SecretKeySpec;
import org.jspecify.annotations.Nullable;

/**
 * HKDF-SHA-256 over a master key's raw bytes, with the purpose as HKDF info. Works with every AEAD
 * keyset TRAE has ever generated, so existing installs need no new key in their keyset.
 */
final class MasterKeyDerivation {

  private static final byte[] SALT = "trae derived keys v1".getBytes(StandardCharsets.UTF_8);

  private final KeysetHandle keyset;
  private final ConcurrentMap<String, Optional<DerivedKey>> cache = new ConcurrentHashMap<>();

  MasterKeyDerivation(KeysetHandle keyset) {
    this.keyset = keyset;
  }

  DerivedKey current(String purpose) {
    return forMasterKey(purpose, keyset.getPrimary().getId())
        .orElseThrow(() -> new IllegalStateException("The primary master key cannot derive keys"));
  }

  Optional<DerivedKey> forMasterKey(String purpose, int masterKeyId) {
    return cache.computeIfAbsent(purpose + "\0" + masterKeyId, k -> derive(purpose, masterKeyId));
  }

  private Optional<DerivedKey> derive(String purpose, int masterKeyId) {
    for (int i = 0; i < keyset.size(); i++) {
      KeysetHandle.Entry entry = keyset.getAt(i);
      if (entry.getId() == masterKeyId) {
        byte[] material = rawBytes(entry.getKey());
        if (material == null) {
          return Optional.empty();
        }
        try {
          byte[] derived =
              Hkdf.computeHkdf(
                  "HMACSHA256", material, SALT, purpose.getBytes(StandardCharsets.UTF_8), 32);
          return Optional.of(new DerivedKey(masterKeyId, new SecretKeySpec(derived, "HmacSHA256")));
        } catch (GeneralSecurityException ex) {
          throw new IllegalStateException("HKDF-SHA-256 is not available", ex);
        }
      }
    }
    return Optional.empty();
  }

  /** The secret bytes of the AEAD key types Tink can generate; null for keys held in a KMS. */
  private static byte @Nullable [] rawBytes(Key key) {
    SecretBytes bytes =
        switch (key) {
          case AesGcmKey k -> k.getKeyBytes();
          case AesGcmSivKey k -> k.getKeyBytes();
          case AesEaxKey k -> k.getKeyBytes();
          case ChaCha20Poly1305Key k -> k.getKeyBytes();
          case XChaCha20Poly1305Key k -> k.getKeyBytes();
          case XAesGcmKey k -> k.getKeyBytes();
          case AesCtrHmacAeadKey k -> k.getAesKeyBytes();
          default -> null;
        };
    return bytes == null ? null : bytes.toByteArray(InsecureSecretKeyAccess.get());
  }
}
