package ai.trae.content.calendar;

import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.ValidationFailedException;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The instants a calendar shows, [from, to), and the zone whose days it is drawn in. A bound is a
 * local date (midnight in the zone, so a day on which the clocks change is 23 or 25 hours long) or
 * an ISO instant.
 */
public record CalendarRange(Instant from, Instant to, ZoneId zone) {

  /**
   * A six-week month grid (42 days) plus a day: room for the hour a DST change adds and for a
   * client that pads its range; anything longer is a different screen, not a calendar page.
   */
  public static final Duration MAX = Duration.ofDays(43);

  private static final int MAX_ZONE = 64;

  private static final ZoneId UTC = ZoneId.of("UTC");

  public CalendarRange {
    if (!from.isBefore(to)) {
      throw new IllegalArgumentException("from must be before to");
    }
  }

  /** 400 {@code validation-failed} naming every parameter at fault. */
  public static CalendarRange parse(
      @Nullable String from, @Nullable String to, @Nullable String tz) {
    List<FieldProblem> problems = new ArrayList<>();
    ZoneId zone = zone(tz, problems);
    Instant start = bound("from", from, zone, problems);
    Instant end = bound("to", to, zone, problems);
    if (start != null && end != null) {
      if (!start.isBefore(end)) {
        problems.add(new FieldProblem("to", "Must be after from."));
      } else if (Duration.between(start, end).compareTo(MAX) > 0) {
        problems.add(new FieldProblem("to", "At most " + MAX.toDays() + " days after from."));
      }
    }
    if (!problems.isEmpty() || start == null || end == null) {
      throw new ValidationFailedException(problems);
    }
    return new CalendarRange(start, end, zone);
  }

  private static ZoneId zone(@Nullable String tz, List<FieldProblem> problems) {
    if (tz == null || tz.isBlank()) {
      return UTC;
    }
    try {
      if (tz.length() > MAX_ZONE) {
        throw new DateTimeException("too long");
      }
      return ZoneId.of(tz.strip());
    } catch (DateTimeException e) {
      problems.add(
          new FieldProblem("tz", "Not a time zone; an IANA name such as Europe/Berlin, or UTC."));
      return UTC;
    }
  }

  private static @Nullable Instant bound(
      String name, @Nullable String value, ZoneId zone, List<FieldProblem> problems) {
    if (value == null || value.isBlank()) {
      problems.add(new FieldProblem(name, "Required: a date (2026-12-01) or an ISO instant."));
      return null;
    }
    String text = value.strip();
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(zone).toInstant()
          : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeException e) {
      problems.add(
          new FieldProblem(
              name, "Not a date (2026-12-01) or an ISO instant (2026-12-01T09:00:00Z)."));
      return null;
    }
  }
}
