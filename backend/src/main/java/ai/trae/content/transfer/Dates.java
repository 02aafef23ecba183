package ai.trae.content.transfer;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The dates static-site generators write: ISO instants and offsets (Hugo, Astro, Ghost), Jekyll's
 * {@code 2024-01-15 10:00:00 +0100}, and bare dates or local times, read as UTC.
 */
final class Dates {

  private static final DateTimeFormatter JEKYLL =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss] Z");
  private static final List<DateTimeFormatter> LOCAL =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE_TIME,
          DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss]"));

  private Dates() {}

  static Optional<Instant> parse(String text) {
    String value = text.strip();
    try {
      return Optional.of(OffsetDateTime.parse(value).toInstant());
    } catch (DateTimeParseException notIso) {
      // next shape
    }
    try {
      return Optional.of(OffsetDateTime.parse(value, JEKYLL).toInstant());
    } catch (DateTimeParseException notJekyll) {
      // next shape
    }
    for (DateTimeFormatter local : LOCAL) {
      try {
        return Optional.of(LocalDateTime.parse(value, local).toInstant(ZoneOffset.UTC));
      } catch (DateTimeParseException notLocal) {
        // next shape
      }
    }
    try {
      return Optional.of(LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException notADate) {
      return Optional.empty();
    }
  }
}
