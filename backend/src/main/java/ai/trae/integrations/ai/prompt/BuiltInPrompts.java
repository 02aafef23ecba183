package ai.trae.integrations.ai.prompt;

import ai.trae.platform.web.ValidationFailedException;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The prompts TRAE ships, one per operation, used until stored templates and voices exist: each
 * names what it does and takes the run's text variables as they are.
 */
@Component
class BuiltInPrompts implements PromptLibrary {

  private static final String SYSTEM =
      "You are a writing assistant for a content team. Answer with the requested text only, in"
          + " Markdown, without preamble.";

  private static final Map<String, String> TASKS =
      Map.ofEntries(
          Map.entry("draft", "Write a first draft from this brief:\n\n{brief}"),
          Map.entry("rewrite", "Rewrite this passage, keeping its meaning:\n\n{selection}"),
          Map.entry("summarise", "Summarise this text in a short paragraph:\n\n{text}"),
          Map.entry("headlines", "Propose {count} headlines, one per line, for:\n\n{text}"),
          Map.entry(
              "social-variants",
              "Write a post for {channel} of at most {limit} characters from:\n\n{text}"),
          Map.entry("seo", "Write a meta title and meta description for:\n\n{text}"),
          Map.entry("translate", "Translate into {language}:\n\n{text}"),
          Map.entry(
              "video-script", "Turn this article into a video script with sections:\n\n{text}"),
          Map.entry("repurpose", "Repurpose this text as a {format}:\n\n{text}"),
          Map.entry("image", "{prompt}"),
          Map.entry(
              "plan",
              "Propose {count} content ideas for the goal \"{goal}\" and the audience \"{audience}\""
                  + " between {from} and {to}."));

  @Override
  public RenderedPrompt render(PromptRequest request) {
    String task = TASKS.get(request.operation());
    if (task == null) {
      throw new ValidationFailedException("operation", "There is no such AI operation.");
    }
    String user = task;
    for (var variable : request.variables().entrySet()) {
      user = user.replace("{" + variable.getKey() + "}", variable.getValue());
    }
    return new RenderedPrompt(null, 1, "built-in " + request.operation(), null, SYSTEM, user);
  }
}
