package ai.trae.platform.crypto;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AES-256-GCM through a Tink keyset. A keyset may hold several keys: the primary encrypts, all
 * decrypt, so a key is rotated by adding a new primary and re-encrypting at leisure. The same keys
 * also derive keys for other purposes ({@link DerivedKeys}).
 */
public final class TinkSecretBox implements SecretBox, DerivedKeys {

  private static final Logger log = LoggerFactory.getLogger(TinkSecretBox.class);
  static final String DEV_KEY_FILE = "master-key.dev.json";

  private final Aead aead;
  private final MasterKeyDerivation derivation;

  TinkSecretBox(KeysetHandle keyset) {
    this.derivation = new MasterKeyDerivation(keyset);
    try {
      this.aead = keyset.getPrimitive(RegistryConfiguration.get(), Aead.class);
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("The master keyset holds no usable AEAD key", ex);
    }
  }

  static TinkSecretBox from(CryptoProperties properties, Path dataDir) {
    try {
      AeadConfig.register();
      if (properties.masterKey() != null && !properties.masterKey().isBlank()) {
        return new TinkSecretBox(parse(properties.masterKey(), "TRAE_MASTER_KEY"));
      }
      if (properties.masterKeyFile() != null) {
        return new TinkSecretBox(
            parse(Files.readString(properties.masterKeyFile()), "TRAE_MASTER_KEY_FILE"));
      }
      return new TinkSecretBox(developmentKeyset(dataDir.resolve(DEV_KEY_FILE)));
    } catch (GeneralSecurityException ex) {
      throw new IllegalStateException("Cannot set up encryption at rest", ex);
    } catch (IOException ex) {
      throw new UncheckedIOException("Cannot read the master key file", ex);
    }
  }

  /** A fresh keyset in Tink's JSON format: what operators put into TRAE_MASTER_KEY. */
  public static String newKeysetJson() throws GeneralSecurityException {
    AeadConfig.register();
    KeysetHandle handle = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
  }

  private static KeysetHandle parse(String json, String source) {
    try {
      return TinkJsonProtoKeysetFormat.parseKeyset(json, InsecureSecretKeyAccess.get());
    } catch (GeneralSecurityException | RuntimeException ex) {
      throw new IllegalStateException(
          source
              + " is not a Tink JSON keyset (generate one with: java -jar trae.jar"
              + " --generate-master-key)",
          ex);
    }
  }

  private static KeysetHandle developmentKeyset(Path file)
      throws IOException, GeneralSecurityException {
    if (!Files.exists(file)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, newKeysetJson(), StandardCharsets.UTF_8);
      try {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
      } catch (UnsupportedOperationException ignored) {
        // not a POSIX file system; the data directory's own permissions apply
      }
    }
    log.warn(
        "*** No TRAE_MASTER_KEY set: secrets are encrypted with a development key stored in {}."
            + " Anyone who can read that file can decrypt them. Set TRAE_MASTER_KEY (or"
            + " TRAE_MASTER_KEY_FILE) in production. ***",
        file);
    return parse(Files.readString(file), file.toString());
  }

  @Override
  public byte[] encrypt(byte[] plaintext, String context) {
    try {
      return aead.encrypt(plaintext, context.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException ex) {
      throw new SecretBoxException("Encryption failed", ex);
    }
  }

  @Override
  public byte[] decrypt(byte[] ciphertext, String context) {
    try {
      return aead.decrypt(ciphertext, context.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException ex) {
      throw new SecretBoxException("A stored secret could not be decrypted (" + context + ")", ex);
    }
  }

  @Override
  public DerivedKey current(String purpose) {
    return derivation.current(purpose);
  }

  @Override
  public Optional<DerivedKey> forMasterKey(String purpose, int masterKeyId) {
    return derivation.forMasterKey(purpose, masterKeyId);
  }
}
