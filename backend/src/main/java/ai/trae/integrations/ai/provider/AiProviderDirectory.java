package ai.trae.integrations.ai.provider;

import ai.trae.platform.crypto.SecretBox;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/**
 * Finds providers and opens their API key for a call: the one place that decrypts a key, and seals
 * it again.
 */
@Service
public class AiProviderDirectory {

  private final AiProviderRows rows;
  private final SecretBox box;

  AiProviderDirectory(AiProviderRows rows, SecretBox box) {
    this.rows = rows;
    this.box = box;
  }

  public Optional<AiProvider> find(UUID id) {
    return rows.find(id);
  }

  public List<AiProvider> all() {
    return rows.all();
  }

  /** The decrypted key; for a call to the provider, never for a response or a log. */
  public @Nullable String apiKey(AiProvider provider) {
    byte[] sealed = provider.apiKey();
    return sealed == null
        ? null
        : new String(
            box.decrypt(sealed, AiProvider.keyContext(provider.id())), StandardCharsets.UTF_8);
  }

  byte[] sealKey(UUID providerId, String key) {
    return box.encrypt(key.getBytes(StandardCharsets.UTF_8), AiProvider.keyContext(providerId));
  }
}
