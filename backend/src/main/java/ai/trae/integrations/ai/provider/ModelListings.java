package ai.trae.integrations.ai.provider;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.springframework.ai.ollama.api.OllamaApi;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * The models a provider offers, asked of the provider itself.
 *
 * <ul>
 *   <li>Ollama: {@code GET /api/tags} through Spring AI's {@link OllamaApi#listModels()}, the
 *       client TRAE's generation runs will use, so a passing test means that client works.
 *   <li>OpenAI-compatible: {@code GET {base}/v1/models} with a plain {@code RestClient}. Spring AI
 *       2.0's OpenAI module is built on the OpenAI Java SDK and has no {@code OpenAiApi} any more;
 *       it offers chat, embedding, image, audio and moderation models but no model listing, so
 *       there is nothing of it to call; the request is the documented one every compatible server
 *       (vLLM, LM Studio, OpenRouter, …) answers in the same {@code {"object":"list","data":[…]}}
 *       shape.
 * </ul>
 *
 * Both throw Spring's {@code RestClientResponseException} when the provider refuses and {@code
 * ResourceAccessException} when it cannot be reached; {@link ProviderConnections} turns those into
 * answers.
 */
@Component
class ModelListings {

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OpenAiModel(@Nullable String id) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  record OpenAiModelList(@Nullable List<OpenAiModel> data) {}

  List<String> list(AiProvider provider, @Nullable String apiKey) {
    return switch (provider.kind()) {
      case OPENAI -> openAi(provider.baseUrl(), apiKey);
      case OLLAMA -> ollama(provider.baseUrl(), apiKey);
    };
  }

  private static List<String> openAi(String baseUrl, @Nullable String apiKey) {
    OpenAiModelList answer =
        ProviderConnections.restClient(baseUrl, apiKey)
            .build()
            .get()
            .uri("/v1/models")
            .accept(MediaType.APPLICATION_JSON)
            .retrieve()
            .body(OpenAiModelList.class);
    if (answer == null || answer.data() == null) {
      return List.of();
    }
    return answer.data().stream().map(OpenAiModel::id).filter(Objects::nonNull).sorted().toList();
  }

  private static List<String> ollama(String baseUrl, @Nullable String apiKey) {
    OllamaApi api =
        OllamaApi.builder()
            .baseUrl(baseUrl)
            .restClientBuilder(ProviderConnections.restClient(baseUrl, apiKey))
            .build();
    OllamaApi.ListModelResponse answer = api.listModels();
    if (answer == null || answer.models() == null) {
      return List.of();
    }
    return answer.models().stream()
        .map(OllamaApi.Model::name)
        .filter(Objects::nonNull)
        .sorted()
        .toList();
  }
}
