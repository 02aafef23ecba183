package ai.trae.platform.crypto;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the master keyset comes from, in this order: {@code TRAE_MASTER_KEY} (a Tink JSON keyset,
 * e.g. injected from a secret store), {@code TRAE_MASTER_KEY_FILE} (a mounted secret), otherwise a
 * development keyset generated once in the data directory, with a loud warning.
 *
 * @param masterKey a Tink AEAD keyset in JSON ({@code TRAE_MASTER_KEY})
 * @param masterKeyFile a file holding that JSON ({@code TRAE_MASTER_KEY_FILE})
 */
@ConfigurationProperties("trae")
public record CryptoProperties(@Nullable String masterKey, @Nullable Path masterKeyFile) {

  @Override
  public String toString() {
    return "CryptoProperties[masterKey=" + (masterKey == null ? "unset" : "***") + "]";
  }
}
