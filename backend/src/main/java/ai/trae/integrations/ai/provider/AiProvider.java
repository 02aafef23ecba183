package ai.trae.integrations.ai.provider;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An AI provider as stored. The API key stays ciphertext here; {@link AiProviderDirectory#apiKey}
 * opens it for one call to the provider.
 *
 * @param models the admin's allow-list; empty means whatever the provider lists
 * @param defaultModels operation ({@link AiOperations}) to model
 * @param version the row version (the ETag)
 */
public record AiProvider(
    UUID id,
    String name,
    ProviderKind kind,
    String baseUrl,
    byte @Nullable [] apiKey,
    List<String> models,
    Map<String, String> defaultModels,
    int maxConcurrency,
    int requestsPerMinute,
    boolean enabled,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public AiProvider {
    models = List.copyOf(models);
    defaultModels = Map.copyOf(defaultModels);
  }

  public boolean apiKeySet() {
    return apiKey != null;
  }

  static String keyContext(UUID id) {
    return "ai-provider-key:" + id;
  }
}
