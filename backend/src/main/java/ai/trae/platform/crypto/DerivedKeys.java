package ai.trae.platform.crypto;

import java.util.Optional;
import javax.crypto.SecretKey;

/**
 * Keys for purposes other than encryption (e.g. keying the audit chain), derived with HKDF-SHA-256
 * from the keys of the master keyset, so that no second secret has to be kept and none of them ever
 * lives in the database. Each derived key names the master key it came from: after a rotation, data
 * keyed with an older master key still verifies as long as the keyset holds it.
 */
public interface DerivedKeys {

  /** The key for this purpose derived from the keyset's primary key. */
  DerivedKey current(String purpose);

  /** The key for this purpose derived from the master key with that id; empty if it is gone. */
  Optional<DerivedKey> forMasterKey(String purpose, int masterKeyId);

  /**
   * @param masterKeyId the Tink key id of the master key it was derived from (store it next to what
   *     the key protects)
   * @param key 256 bits for HMAC-SHA-256
   */
  record DerivedKey(int masterKeyId, SecretKey key) {

    @Override
    public String toString() {
      return "DerivedKey[masterKeyId=" + masterKeyId + "]";
    }
  }
}
