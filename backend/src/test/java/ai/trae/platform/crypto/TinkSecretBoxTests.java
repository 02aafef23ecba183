package ai.trae.platform.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TinkSecretBoxTests {

  @TempDir Path dataDir;

  @Test
  void rotatingTheMasterKeyKeepsOldCiphertextsReadable() throws Exception {
    AeadConfig.register();
    KeysetHandle v1 = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    SecretBox before = box(json(v1));
    byte[] old = before.encrypt(bytes("totp seed"), "totp:1");

    // rotation: add a key, make it primary, keep the old one for decryption
    KeysetHandle v2 =
        KeysetHandle.newBuilder(v1)
            .addEntry(
                KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId()
                    .makePrimary())
            .build();
    SecretBox after = box(json(v2));

    assertThat(after.decrypt(old, "totp:1")).isEqualTo(bytes("totp seed"));
    byte[] fresh = after.encrypt(bytes("new seed"), "totp:1");
    assertThatThrownBy(() -> before.decrypt(fresh, "totp:1"))
        .isInstanceOf(SecretBoxException.class);
  }

  @Test
  void derivedKeysAreStablePerPurposeAndSurviveARotation() throws Exception {
    AeadConfig.register();
    KeysetHandle v1 = KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM);
    DerivedKeys before = box(json(v1));
    DerivedKeys.DerivedKey audit = before.current("audit-chain");

    assertThat(box(json(v1)).current("audit-chain").key().getEncoded())
        .isEqualTo(audit.key().getEncoded());
    assertThat(before.current("something else").key().getEncoded())
        .isNotEqualTo(audit.key().getEncoded());
    assertThat(audit.key().getEncoded()).hasSize(32);

    KeysetHandle v2 =
        KeysetHandle.newBuilder(v1)
            .addEntry(
                KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                    .withRandomId()
                    .makePrimary())
            .build();
    DerivedKeys after = box(json(v2));

    assertThat(after.current("audit-chain").masterKeyId()).isNotEqualTo(audit.masterKeyId());
    assertThat(after.forMasterKey("audit-chain", audit.masterKeyId()).orElseThrow().key())
        .isEqualTo(audit.key());
    assertThat(after.forMasterKey("audit-chain", 12345)).isEmpty();
    assertThat(audit.toString()).doesNotContain(new String(audit.key().getEncoded()));
  }

  @Test
  void contextBindsACiphertextToItsRow() {
    SecretBox box = TinkSecretBox.from(new CryptoProperties(null, null), dataDir);
    byte[] sealed = box.encrypt(bytes("secret"), "totp:alice");

    assertThatThrownBy(() -> box.decrypt(sealed, "totp:mallory"))
        .isInstanceOf(SecretBoxException.class)
        .hasMessageNotContaining("secret\"");
  }

  @Test
  void withoutAMasterKeyADevelopmentKeyIsCreatedOnceAndReused() throws Exception {
    byte[] sealed =
        TinkSecretBox.from(new CryptoProperties(null, null), dataDir).encrypt(bytes("x"), "c");
    Path file = dataDir.resolve(TinkSecretBox.DEV_KEY_FILE);
    assertThat(file).exists();
    assertThat(Files.getPosixFilePermissions(file).toString())
        .isEqualTo("[OWNER_READ, OWNER_WRITE]");

    byte[] opened =
        TinkSecretBox.from(new CryptoProperties(null, null), dataDir).decrypt(sealed, "c");

    assertThat(opened).isEqualTo(bytes("x"));
  }

  @Test
  void aKeyFileIsRead() throws Exception {
    Path file = dataDir.resolve("mounted-secret.json");
    Files.writeString(file, TinkSecretBox.newKeysetJson());

    SecretBox box = TinkSecretBox.from(new CryptoProperties(null, file), dataDir);

    assertThat(box.decrypt(box.encrypt(bytes("y"), "c"), "c")).isEqualTo(bytes("y"));
    assertThat(dataDir.resolve(TinkSecretBox.DEV_KEY_FILE)).doesNotExist();
  }

  @Test
  void garbageIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> TinkSecretBox.from(new CryptoProperties("not json", null), dataDir))
        .hasMessageContaining("TRAE_MASTER_KEY");
  }

  private TinkSecretBox box(String json) {
    return TinkSecretBox.from(new CryptoProperties(json, null), dataDir);
  }

  private static String json(KeysetHandle handle) throws Exception {
    return TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get());
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
