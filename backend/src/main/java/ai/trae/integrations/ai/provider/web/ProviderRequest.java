package ai.trae.integrations.ai.provider.web;

import ai.trae.integrations.ai.provider.ProviderDraft;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A provider to create, or what it becomes. Limits default to 4 concurrent requests and 60 a
 * minute, a pace every hosted provider's entry tier allows.
 *
 * @param apiKey on update: left out (or null) keeps the stored key, {@code ""} removes it
 * @param models the allow-list; empty or left out means whatever the provider lists
 * @param defaultModels operation to model
 */
record ProviderRequest(
    @NotNull @Size(max = 120) String name,
    @NotNull @Size(max = 20) String kind,
    @NotNull @Size(max = 2000) String baseUrl,
    @Nullable @Size(max = 4096) String apiKey,
    @Nullable @Size(max = 500) List<String> models,
    @Nullable @Size(max = 20) Map<String, String> defaultModels,
    @Nullable Integer maxConcurrency,
    @Nullable Integer requestsPerMinute,
    @Nullable Boolean enabled) {

  static final int DEFAULT_CONCURRENCY = 4;
  static final int DEFAULT_RPM = 60;

  ProviderDraft draft() {
    return new ProviderDraft(
        name,
        kind,
        baseUrl,
        apiKey,
        models == null ? List.of() : models.stream().map(m -> m == null ? "" : m).toList(),
        defaultModels == null ? Map.of() : withoutNulls(defaultModels),
        maxConcurrency == null ? DEFAULT_CONCURRENCY : maxConcurrency,
        requestsPerMinute == null ? DEFAULT_RPM : requestsPerMinute,
        enabled == null || enabled);
  }

  private static Map<String, String> withoutNulls(Map<String, String> given) {
    Map<String, String> out = new HashMap<>();
    given.forEach((k, v) -> out.put(k, v == null ? "" : v));
    return out;
  }
}
