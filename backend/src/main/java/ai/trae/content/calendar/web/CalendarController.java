package ai.trae.content.calendar.web;

import ai.trae.content.calendar.CalendarRange;
import ai.trae.content.calendar.ContentCalendar;
import ai.trae.content.item.Editor;
import ai.trae.identity.Permissions;
import ai.trae.platform.security.RequirePermission;
import ai.trae.platform.web.ValidationFailedException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Calendar", description = "Scheduled and published content by day")
@RestController
@RequestMapping("/api/v1/calendar")
class CalendarController {

  private static final int MAX_CHANNELS = 50;
  private static final int MAX_CHANNEL = 100;

  private final ContentCalendar calendar;

  CalendarController(ContentCalendar calendar) {
    this.calendar = calendar;
  }

  @Operation(
      summary = "The items scheduled or published in a range of days",
      description =
          "from (inclusive) and to (exclusive): local dates (2026-12-01, midnight in tz) or ISO"
              + " instants, at most 43 days apart. tz: the zone whose days the page shows (an"
              + " IANA name, default UTC); each item's day is the local date of its time there."
              + " channel (repeatable): only items for these channels. 400"
              + " /problems/validation-failed naming the parameter for a missing, malformed or"
              + " too long range, or an unknown zone.")
  @GetMapping
  @RequirePermission(Permissions.CONTENT_READ)
  CalendarResponse read(
      Authentication caller,
      @RequestParam(required = false) @Nullable String from,
      @RequestParam(required = false) @Nullable String to,
      @RequestParam(required = false) @Nullable String tz,
      @Parameter(description = "repeatable") @RequestParam(required = false)
          @Nullable List<String> channel) {
    CalendarRange range = CalendarRange.parse(from, to, tz);
    return CalendarResponse.of(calendar.read(range, channels(channel)), Editor.of(caller));
  }

  /** Blank values are dropped, so {@code ?channel=} filters nothing (as the content list). */
  private static Set<String> channels(@Nullable List<String> given) {
    Set<String> channels = new LinkedHashSet<>();
    if (given == null) {
      return channels;
    }
    if (given.size() > MAX_CHANNELS) {
      throw new ValidationFailedException("channel", "At most " + MAX_CHANNELS + " values.");
    }
    for (String value : given) {
      if (value.length() > MAX_CHANNEL) {
        throw new ValidationFailedException(
            "channel", "At most " + MAX_CHANNEL + " characters each.");
      }
      if (!value.isBlank()) {
        channels.add(value.strip());
      }
    }
    return channels;
  }
}
