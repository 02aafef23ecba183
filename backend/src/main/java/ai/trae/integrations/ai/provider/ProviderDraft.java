package ai.trae.integrations.ai.provider;

import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A provider to create, or what it becomes.
 *
 * @param apiKey on update: {@code null} keeps the stored key, an empty string removes it
 */
public record ProviderDraft(
    String name,
    String kind,
    String baseUrl,
    @Nullable String apiKey,
    List<String> models,
    Map<String, String> defaultModels,
    int maxConcurrency,
    int requestsPerMinute,
    boolean enabled) {

  public ProviderDraft {
    models = List.copyOf(models);
    defaultModels = Map.copyOf(defaultModels);
  }
}
