package ai.trae.content.item;

import ai.trae.content.ContentProblem;
import ai.trae.content.item.ItemWrites.Next;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.Problems;
import ai.trae.platform.web.ValidationFailedException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

/**
 * Moves an item through the workflow. Every transition mints a version, so the history shows who
 * submitted, approved or published which text. "Scheduled" and "published" record intent here;
 * publishing to channels reacts to the transition event.
 */
@Component
class Workflow {

  private final ItemWrites writes;
  private final ItemNotices notices;
  private final ObjectProvider<PublishReadiness> readiness;
  private final Clock clock;

  Workflow(
      ItemWrites writes,
      ItemNotices notices,
      ObjectProvider<PublishReadiness> readiness,
      Clock clock) {
    this.writes = writes;
    this.notices = notices;
    this.readiness = readiness;
    this.clock = clock;
  }

  ContentItem take(
      ContentItem current,
      String name,
      @Nullable String comment,
      @Nullable Instant at,
      @Nullable IfMatch ifMatch,
      Editor editor,
      VersionSource source) {
    Action action =
        Action.parse(name)
            .orElseThrow(
                () ->
                    new ValidationFailedException(
                        "action",
                        "One of "
                            + String.join(
                                ", ", Arrays.stream(Action.values()).map(Action::value).toList())
                            + "."));
    if (ifMatch != null && !ifMatch.matches(current.version())) {
      throw writes.conflict(current, editor);
    }
    Items.notTrashed(current);
    if (!action.startsFrom(current.status())) {
      throw illegal(current, action, editor);
    }
    if (!ItemAccess.mayTake(editor, current, action)) {
      throw ItemAccess.forbidden(action.value() + " this item");
    }
    String reason = comment == null || comment.isBlank() ? null : comment.strip();
    ItemRules.note(reason);
    Instant now = now();
    if (action == Action.REJECT && reason == null) {
      throw new ValidationFailedException("comment", "Say why the item is sent back.");
    }
    if (action == Action.SCHEDULE && (at == null || !at.isAfter(now))) {
      throw new ValidationFailedException("at", "Give a time in the future to publish at.");
    }
    if (action == Action.SCHEDULE || action == Action.PUBLISH) {
      List<FieldProblem> problems =
          readiness.orderedStream().flatMap(check -> check.problems(current).stream()).toList();
      if (!problems.isEmpty()) {
        throw new ValidationFailedException(problems);
      }
    }
    Next next = new Next(current, now);
    next.status = action.to();
    next.scheduledAt =
        action == Action.SCHEDULE && at != null ? at.truncatedTo(ChronoUnit.MICROS) : null;
    if (action == Action.PUBLISH) {
      next.publishedAt = now;
    } else if (action == Action.UNPUBLISH) {
      next.publishedAt = null;
    }
    String note = reason == null ? action.value() : action.value() + ": " + reason;
    ContentItem after = writes.save(current, next, source, note, editor);
    notices.transitioned(current, after, action, reason, editor);
    return after;
  }

  /** PostgreSQL keeps microseconds: what is answered must equal what a read gives back. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static ProblemException illegal(ContentItem item, Action action, Editor editor) {
    List<String> allowed =
        ItemAccess.allowedActions(editor, item).stream().map(Action::value).toList();
    ProblemDetail problem =
        Problems.of(
            ContentProblem.ILLEGAL_TRANSITION,
            "An item that is %s cannot %s.".formatted(item.status().value(), action.value())
                + (allowed.isEmpty()
                    ? " You can take no action on it now."
                    : " You can: " + String.join(", ", allowed) + "."));
    problem.setProperty("allowed", allowed);
    return new ProblemException(problem);
  }
}
