package ai.trae.integrations.ai.provider;

import java.util.List;

/**
 * The operations a provider can name a default model for: the editor's AI operations, image
 * generation and content plans. One list, so a provider cannot be configured for an operation that
 * does not exist.
 */
public final class AiOperations {

  public static final List<String> ALL =
      List.of(
          "draft",
          "rewrite",
          "summarise",
          "headlines",
          "social-variants",
          "seo",
          "translate",
          "video-script",
          "repurpose",
          "image",
          "plan");

  private AiOperations() {}
}
