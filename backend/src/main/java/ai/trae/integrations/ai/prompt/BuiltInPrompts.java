package ai.trae.integrations.ai.prompt;

import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.ValidationFailedException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z-]+)}");

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
    List<FieldProblem> problems = new ArrayList<>();
    if (request.templateId() != null) {
      problems.add(new FieldProblem("templateId", "There are no stored templates yet."));
    }
    if (request.voiceId() != null) {
      problems.add(new FieldProblem("voiceId", "There are no brand voices yet."));
    }
    // one pass over the template: a variable's value is never read for placeholders itself
    String user =
        PLACEHOLDER
            .matcher(task)
            .replaceAll(
                placeholder -> {
                  String value = request.variables().get(placeholder.group(1));
                  if (value == null) {
                    problems.add(
                        new FieldProblem(
                            "variables." + placeholder.group(1), "This operation needs it."));
                    return "";
                  }
                  return Matcher.quoteReplacement(value);
                });
    if (!problems.isEmpty()) {
      throw new ValidationFailedException(problems);
    }
    return new RenderedPrompt(null, 1, "built-in " + request.operation(), null, SYSTEM, user);
  }
}
