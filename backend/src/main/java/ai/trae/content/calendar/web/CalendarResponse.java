package ai.trae.content.calendar.web;

import ai.trae.content.calendar.CalendarEntry;
import ai.trae.content.calendar.CalendarEntry.Kind;
import ai.trae.content.calendar.ContentCalendar.Calendar;
import ai.trae.content.item.Action;
import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemAccess;
import ai.trae.content.item.web.ItemResponse.PersonResponse;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A calendar page: its instants, the zone its days are counted in, the entries in time order and
 * the channels the filter offers.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
record CalendarResponse(
    Instant from,
    Instant to,
    String zone,
    List<Entry> items,
    List<String> channels,
    boolean truncated) {

  /**
   * @param at when it is scheduled to go out ({@code kind} scheduled) or went out (published)
   * @param day the local date of {@code at} in the page's zone
   * @param reschedulable the caller may move it (a scheduled entry and the right to schedule)
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  record Entry(
      UUID id,
      ContentType type,
      ContentStatus status,
      String title,
      Kind kind,
      Instant at,
      LocalDate day,
      List<String> channels,
      PersonResponse author,
      long version,
      boolean reschedulable) {}

  static CalendarResponse of(Calendar calendar, Editor editor) {
    ZoneId zone = calendar.range().zone();
    List<Entry> entries =
        calendar.entries().stream().map(e -> entry(e, zone, calendar.people(), editor)).toList();
    return new CalendarResponse(
        calendar.range().from(),
        calendar.range().to(),
        zone.getId(),
        entries,
        calendar.channels(),
        calendar.truncated());
  }

  private static Entry entry(
      CalendarEntry entry, ZoneId zone, Map<UserId, Person> people, Editor editor) {
    ContentItem item = entry.item();
    Person person = people.get(UserId.of(item.authorId()));
    return new Entry(
        item.id(),
        item.type(),
        item.status(),
        item.content().title(),
        entry.kind(),
        entry.at(),
        entry.day(zone),
        item.content().channels(),
        person == null
            ? new PersonResponse(item.authorId(), "Unknown user", "?")
            : new PersonResponse(item.authorId(), person.displayName(), person.initials()),
        item.version(),
        entry.kind() == Kind.SCHEDULED
            && ItemAccess.allowedActions(editor, item).contains(Action.SCHEDULE));
  }
}
