package ai.trae.integrations.ai.prompt;

import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * Turns an AI operation, the item's content type, an optional template and brand voice, and the
 * run's variables into the messages a run sends. Runs record the template version they used, so a
 * later edit of the template never changes what an earlier run is said to have sent.
 */
public interface PromptLibrary {

  /**
   * @throws ai.trae.platform.web.ProblemException 404 when a named template or voice does not
   *     exist, 422 when the template does not fit the operation or a variable it needs is missing
   */
  RenderedPrompt render(PromptRequest request);

  /**
   * @param operation one of {@link ai.trae.integrations.ai.provider.AiOperations#ALL}
   * @param contentType a content type value (article, social-post, …), or null outside an item
   * @param templateId null: the operation's default template for this content type
   * @param voiceId null: no brand voice
   * @param variables the template's variables (brief, selection, text, language, count, channel…)
   */
  record PromptRequest(
      String operation,
      @Nullable String contentType,
      @Nullable UUID templateId,
      @Nullable UUID voiceId,
      Map<String, String> variables) {

    public PromptRequest {
      variables = Map.copyOf(variables);
    }
  }

  /**
   * @param templateId null for a built-in template
   * @param templateVersion the version rendered (built-ins are version 1)
   * @param system the system message (instructions and the voice's rules)
   * @param user the user message
   */
  record RenderedPrompt(
      @Nullable UUID templateId,
      int templateVersion,
      String templateName,
      @Nullable UUID voiceId,
      String system,
      String user) {}
}
