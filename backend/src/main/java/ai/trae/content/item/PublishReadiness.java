package ai.trae.content.item;

import ai.trae.platform.web.FieldProblem;
import java.util.List;

/**
 * A condition another feature of content sets on scheduling and publishing (the media library: a
 * cover image needs alt text). The workflow asks every one before a schedule or publish action and
 * refuses the action, changing nothing, with all the problems they name.
 */
public interface PublishReadiness {

  /** What keeps the item from going out, each against the field to fix; empty when nothing. */
  List<FieldProblem> problems(ContentItem item);
}
