package ai.trae.integrations.ai.prompt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.integrations.ai.prompt.PromptLibrary.PromptRequest;
import ai.trae.integrations.ai.provider.AiOperations;
import ai.trae.platform.web.ValidationFailedException;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class BuiltInPromptsTests {

  private final BuiltInPrompts prompts = new BuiltInPrompts();

  @Test
  void everyOperationHasABuiltInPrompt() {
    for (String operation : AiOperations.ALL) {
      assertThat(prompts.render(new PromptRequest(operation, null, null, null, all())).user())
          .doesNotContain("{");
    }
  }

  @Test
  void aValueIsInsertedAsTypedAndNeverReadForPlaceholders() {
    var rendered =
        prompts.render(
            new PromptRequest(
                "translate", "article", null, null, Map.of("language", "{text} $1", "text", "Hi")));
    assertThat(rendered.user()).isEqualTo("Translate into {text} $1:\n\nHi");
    assertThat(rendered.templateVersion()).isEqualTo(1);
  }

  @Test
  void aMissingVariableOrAStoredTemplateIsRefused() {
    assertThatThrownBy(
            () -> prompts.render(new PromptRequest("translate", null, null, null, Map.of())))
        .isInstanceOf(ValidationFailedException.class);
    assertThatThrownBy(
            () -> prompts.render(new PromptRequest("draft", null, UUID.randomUUID(), null, all())))
        .isInstanceOf(ValidationFailedException.class);
    assertThatThrownBy(() -> prompts.render(new PromptRequest("dance", null, null, null, all())))
        .isInstanceOf(ValidationFailedException.class);
  }

  private static Map<String, String> all() {
    Map<String, String> values = new java.util.HashMap<>();
    for (String name :
        new String[] {
          "brief",
          "selection",
          "text",
          "count",
          "channel",
          "limit",
          "language",
          "format",
          "prompt",
          "goal",
          "audience",
          "from",
          "to"
        }) {
      values.put(name, "x");
    }
    return values;
  }
}
