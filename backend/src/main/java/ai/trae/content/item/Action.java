package ai.trae.content.item;

import static ai.trae.content.item.ContentStatus.APPROVED;
import static ai.trae.content.item.ContentStatus.ARCHIVED;
import static ai.trae.content.item.ContentStatus.DRAFT;
import static ai.trae.content.item.ContentStatus.IDEA;
import static ai.trae.content.item.ContentStatus.IN_REVIEW;
import static ai.trae.content.item.ContentStatus.PUBLISHED;
import static ai.trae.content.item.ContentStatus.SCHEDULED;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The workflow's actions: where each may start, where it leads and who may take it (the contract's
 * table in docs/content-api.md). {@link ItemAccess#mayTake} applies the permission.
 */
public enum Action {
  START("start", EnumSet.of(IDEA), DRAFT, Needs.OWN),
  SUBMIT("submit", EnumSet.of(DRAFT), IN_REVIEW, Needs.OWN),
  APPROVE("approve", EnumSet.of(IN_REVIEW), APPROVED, Needs.REVIEW),
  REJECT("reject", EnumSet.of(IN_REVIEW), DRAFT, Needs.REVIEW),
  /** From scheduled too: moving an item's time (the calendar's drag) is one step, not two. */
  SCHEDULE("schedule", EnumSet.of(APPROVED, SCHEDULED), SCHEDULED, Needs.PUBLISH),
  UNSCHEDULE("unschedule", EnumSet.of(SCHEDULED), APPROVED, Needs.PUBLISH),
  PUBLISH("publish", EnumSet.of(APPROVED, SCHEDULED), PUBLISHED, Needs.PUBLISH),
  UNPUBLISH("unpublish", EnumSet.of(PUBLISHED), DRAFT, Needs.PUBLISH),
  ARCHIVE(
      "archive", EnumSet.complementOf(EnumSet.of(ARCHIVED)), ARCHIVED, Needs.PUBLISH_OR_OWN_DRAFT),
  UNARCHIVE("unarchive", EnumSet.of(ARCHIVED), DRAFT, Needs.PUBLISH_OR_OWN);

  /** Which permission an action needs. */
  enum Needs {
    /** the item's author or co-author with content:write-own, or anyone with content:write-any */
    OWN,
    REVIEW,
    PUBLISH,
    /** content:publish, or the item's own writer while it is an idea or draft */
    PUBLISH_OR_OWN_DRAFT,
    /** content:publish, or the item's own writer */
    PUBLISH_OR_OWN
  }

  private final String value;
  private final Set<ContentStatus> from;
  private final ContentStatus to;
  private final Needs needs;

  Action(String value, Set<ContentStatus> from, ContentStatus to, Needs needs) {
    this.value = value;
    this.from = from;
    this.to = to;
    this.needs = needs;
  }

  @JsonValue
  public String value() {
    return value;
  }

  public boolean startsFrom(ContentStatus status) {
    return from.contains(status);
  }

  public ContentStatus to() {
    return to;
  }

  Needs needs() {
    return needs;
  }

  public static Optional<Action> parse(String value) {
    return Arrays.stream(values()).filter(a -> a.value.equals(value)).findFirst();
  }
}
