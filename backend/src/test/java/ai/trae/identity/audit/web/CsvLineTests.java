package ai.trae.identity.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.identity.audit.AuditEntry;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** What a spreadsheet or a line-based tool makes of an exported audit row. */
class CsvLineTests {

  @Test
  void everyLineBreakAUnicodeToolKnowsStaysInsideItsField() {
    for (String breaker : List.of("\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029")) {
      String line = CsvLine.of(entry("Mozilla" + breaker + "x,\"y\"", "198.51.100.1"));

      assertThat(line).endsWith("\r\n");
      String inside = line.substring(0, line.length() - 2);
      // split the way a naive reader would: on any line terminator outside quotes
      assertThat(outsideQuotes(inside))
          .as("breaker U+%04X outside quotes", (int) breaker.charAt(0))
          .doesNotContain(breaker.substring(0, 1));
      List<CSVRecord> records = parse(line);
      assertThat(records).hasSize(1);
      assertThat(records.get(0).size()).isEqualTo(CsvLine.HEADER.split(",").length);
      assertThat(records.get(0).get(13)).isEqualTo("Mozilla" + breaker + "x,\"y\"");
    }
  }

  @Test
  void formulasAreShownNotEvaluated() {
    for (String formula :
        List.of("=HYPERLINK(\"http://evil\")", "+1+2", "-2+3", "@SUM(A1)", "\t=1", "\r=1")) {
      CSVRecord record = parse(CsvLine.of(entry(formula, "198.51.100.1"))).get(0);
      assertThat(record.get(13)).isEqualTo("'" + formula);
    }
    CSVRecord plain = parse(CsvLine.of(entry("curl/8.5", "198.51.100.1"))).get(0);
    assertThat(plain.get(13)).isEqualTo("curl/8.5");
    assertThat(plain.get(0)).isEqualTo("7");
    assertThat(plain.get(3)).as("a missing value is an empty field").isEmpty();
  }

  private static String outsideQuotes(String line) {
    StringBuilder out = new StringBuilder();
    boolean quoted = false;
    for (char c : line.toCharArray()) {
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static List<CSVRecord> parse(String line) {
    try {
      return CSVFormat.RFC4180.parse(new StringReader(line)).getRecords();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static AuditEntry entry(String userAgent, String ip) {
    return new AuditEntry(
        7,
        Instant.parse("2026-12-01T10:00:00Z"),
        "user",
        null,
        "Ada",
        "ada@example.test",
        null,
        "auth.login",
        null,
        null,
        null,
        null,
        ip,
        userAgent,
        "req-1",
        JsonMapper.builder().build().readTree("{}"));
  }
}
