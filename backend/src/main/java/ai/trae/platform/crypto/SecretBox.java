package ai.trae.platform.crypto;

/**
 * Encrypts secrets before they are stored (TOTP seeds, signing keys, webhook and provider secrets).
 * The context binds a ciphertext to where it belongs (e.g. {@code "totp:" + userId}), so a value
 * copied to another row does not decrypt.
 */
public interface SecretBox {

  byte[] encrypt(byte[] plaintext, String context);

  /**
   * @throws SecretBoxException when the ciphertext was altered, belongs to another context or was
   *     made with a key no longer in the keyset
   */
  byte[] decrypt(byte[] ciphertext, String context);
}
