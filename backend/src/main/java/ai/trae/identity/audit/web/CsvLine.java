package ai.trae.identity.audit.web;

import ai.trae.identity.audit.AuditEntry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.jspecify.annotations.Nullable;

/**
 * RFC 4180 lines, with spreadsheet formula injection neutralised. Every value is quoted: minimal
 * quoting only knows CR and LF, while spreadsheets and text tools also break lines at U+0085,
 * U+2028 and U+2029, and a quoted field is one field whatever it holds.
 */
final class CsvLine {

  static final String HEADER =
      "id,occurredAt,actorType,actorId,actorName,actorEmail,actorUserId,action,targetType,"
          + "targetId,targetName,targetEmail,ip,userAgent,requestId,summary\r\n";

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180
          .builder()
          .setQuoteMode(QuoteMode.ALL_NON_NULL)
          .setRecordSeparator("\r\n")
          .get();

  /** What a spreadsheet reads as the start of a formula (or hides before one). */
  private static final String FORMULA_START = "=+-@\t\r";

  private CsvLine() {}

  static String of(AuditEntry e) {
    return line(
        String.valueOf(e.id()),
        e.occurredAt().toString(),
        e.actorType(),
        e.actorId(),
        e.actorName(),
        e.actorEmail(),
        e.actorUserId(),
        e.action(),
        e.targetType(),
        e.targetId(),
        e.targetName(),
        e.targetEmail(),
        e.ip(),
        e.userAgent(),
        e.requestId(),
        e.summary().toString());
  }

  static String line(@Nullable String... values) {
    StringBuilder out = new StringBuilder();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      printer.printRecord(Arrays.stream(values).map(CsvLine::defused));
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a StringBuilder does not fail
    }
    return out.toString();
  }

  /** A leading apostrophe makes a spreadsheet show the text instead of evaluating it. */
  static @Nullable String defused(@Nullable String value) {
    return value != null && !value.isEmpty() && FORMULA_START.indexOf(value.charAt(0)) >= 0
        ? "'" + value
        : value;
  }
}
