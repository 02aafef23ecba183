package ai.trae.content.calendar;

import ai.trae.content.item.ContentItem;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;

/**
 * An item on the calendar: when it is scheduled to go out, or when it went out. The item carries
 * only what a calendar shows (no body, summary, tags or variants), enough for the access rules.
 */
public record CalendarEntry(ContentItem item, Kind kind, Instant at) {

  public enum Kind {
    SCHEDULED,
    PUBLISHED;

    @JsonValue
    public String value() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** The local day the entry falls on in {@code zone}. */
  public LocalDate day(ZoneId zone) {
    return at.atZone(zone).toLocalDate();
  }
}
