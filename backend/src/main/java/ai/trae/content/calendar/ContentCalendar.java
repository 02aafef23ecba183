package ai.trae.content.calendar;

import ai.trae.identity.People;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.stereotype.Service;

/**
 * What the calendar screen reads: the entries of a range with their authors' names, fetched for the
 * whole range in one query (never one per entry), and the channels the filter offers.
 */
@Service
public class ContentCalendar {

  /**
   * A busy six weeks (dozens a day) fits; beyond it the answer says it is cut short rather than
   * growing without bound.
   */
  public static final int MAX_ENTRIES = 2000;

  private final CalendarQueries queries;
  private final People people;

  ContentCalendar(CalendarQueries queries, People people) {
    this.queries = queries;
    this.people = people;
  }

  /**
   * @param channels the entries' channels as the filter offers them: every channel named in the
   *     range, whatever the filter chose
   * @param truncated more than {@link #MAX_ENTRIES} entries matched; the first ones are answered
   */
  public record Calendar(
      CalendarRange range,
      List<CalendarEntry> entries,
      List<String> channels,
      boolean truncated,
      Map<UserId, Person> people) {}

  /** Two or three statements, each consistent on its own: no transaction needed for a view. */
  public Calendar read(CalendarRange range, Set<String> channels) {
    List<CalendarEntry> fetched = queries.entries(range, channels, MAX_ENTRIES + 1);
    boolean truncated = fetched.size() > MAX_ENTRIES;
    List<CalendarEntry> entries = truncated ? fetched.subList(0, MAX_ENTRIES) : fetched;
    // without a filter and cut short by nothing, the entries name every channel already
    List<String> offered =
        channels.isEmpty() && !truncated ? channelsOf(entries) : queries.channels(range);
    Set<UserId> authors = new LinkedHashSet<>();
    entries.forEach(entry -> authors.add(UserId.of(entry.item().authorId())));
    return new Calendar(range, List.copyOf(entries), offered, truncated, named(authors));
  }

  private static List<String> channelsOf(List<CalendarEntry> entries) {
    Set<String> names = new TreeSet<>();
    entries.forEach(entry -> names.addAll(entry.item().content().channels()));
    return List.copyOf(names);
  }

  private Map<UserId, Person> named(Collection<UserId> ids) {
    return ids.isEmpty() ? Map.of() : people.findAll(ids);
  }
}
