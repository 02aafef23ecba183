package ai.trae.integrations.ai;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Refusals of the AI features. */
public enum AiProblem implements ProblemKind {
  PROVIDER_NOT_FOUND(
      "ai-provider-not-found",
      HttpStatus.NOT_FOUND,
      "AI provider not found",
      "There is no such AI provider."),
  PROVIDER_NAME_TAKEN(
      "ai-provider-name-taken",
      HttpStatus.CONFLICT,
      "AI provider name already in use",
      "Another AI provider has this name; the model picker tells providers apart by name. Choose"
          + " another one.");

  private final Definition definition;

  AiProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
