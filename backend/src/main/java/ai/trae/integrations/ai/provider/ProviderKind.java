package ai.trae.integrations.ai.provider;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The wire protocols TRAE speaks to a provider. */
public enum ProviderKind {
  /** OpenAI's API or any that copies it (vLLM, LM Studio, OpenRouter, Groq, …). */
  OPENAI("openai"),
  /** Ollama's own API ({@code /api/tags}, {@code /api/chat}). */
  OLLAMA("ollama");

  private final String value;

  ProviderKind(String value) {
    this.value = value;
  }

  /** The lower-case name the API and the database use. */
  public String value() {
    return value;
  }

  public static Optional<ProviderKind> of(String value) {
    return Arrays.stream(values()).filter(k -> k.value.equals(value)).findFirst();
  }

  public static List<String> names() {
    return Arrays.stream(values()).map(ProviderKind::value).toList();
  }
}
