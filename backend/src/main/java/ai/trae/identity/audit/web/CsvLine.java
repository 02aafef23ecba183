package ai.trae.identity.audit.web;

import ai.trae.identity.audit.AuditEntry;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/** RFC 4180 lines, with spreadsheet formula injection neutralised. */
final class CsvLine {

  static final String HEADER =
      "id,occurredAt,actorType,actorId,actorName,action,targetType,targetId,ip,userAgent,"
          + "requestId,summary\r\n";

  private CsvLine() {}

  static String of(AuditEntry e) {
    return Stream.of(
                String.valueOf(e.id()),
                e.occurredAt().toString(),
                e.actorType(),
                e.actorId(),
                e.actorName(),
                e.action(),
                e.targetType(),
                e.targetId(),
                e.ip(),
                e.userAgent(),
                e.requestId(),
                e.summary().toString())
            .map(CsvLine::cell)
            .collect(Collectors.joining(","))
        + "\r\n";
  }

  static String cell(@Nullable String value) {
    if (value == null) {
      return "";
    }
    String safe =
        !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    return safe.matches(".*[\",\r\n].*") || !safe.equals(value)
        ? "\"" + safe.replace("\"", "\"\"") + "\""
        : safe;
  }
}
