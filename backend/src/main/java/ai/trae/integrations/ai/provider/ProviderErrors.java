package ai.trae.integrations.ai.provider;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The reason a provider gives for refusing, out of the error shapes the two APIs answer. */
final class ProviderErrors {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  static final int MAX_REASON = 300;

  private ProviderErrors() {}

  /**
   * OpenAI's {@code {"error": {"message": …}}}, Ollama's {@code {"error": "…"}}, else the start of
   * the body as text, else {@code fallback} (the status line's reason).
   */
  static String reason(String body, String fallback) {
    String reason = fromJson(body);
    if (reason == null) {
      reason = body.strip();
    }
    if (reason.isEmpty()) {
      reason = fallback.isBlank() ? "no reason given" : fallback;
    }
    return reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) + "…" : reason;
  }

  private static @org.jspecify.annotations.Nullable String fromJson(String body) {
    try {
      JsonNode error = JSON.readTree(body).path("error");
      if (error.isString()) {
        return error.asString();
      }
      JsonNode message = error.path("message");
      return message.isString() ? message.asString() : null;
    } catch (RuntimeException notJson) {
      return null;
    }
  }
}
