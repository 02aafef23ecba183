package ai.trae.content.newsletter.audience;

import ai.trae.content.newsletter.NewsletterProblem;
import ai.trae.content.newsletter.NewsletterProperties;
import ai.trae.content.newsletter.audience.Subscriber.Status;
import ai.trae.platform.web.ProblemException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports subscribers from a CSV stream with the header {@code email[,name]}, read record by record
 * and written in chunks of {@value #CHUNK} rows (one transaction each), so neither the file nor one
 * long transaction is held while a slow client uploads. Bad rows are reported by line; addresses
 * seen before (in the file or on the list) are merged. Imported addresses are confirmed only when
 * the importer says they consented; otherwise they are pending and mailed a confirmation link.
 */
@Service
public class SubscriberImport {

  static final int CHUNK = 500;
  static final int MAX_REPORTED = 1_000;

  private final NewsletterLists lists;
  private final Subscribers subscribers;
  private final Signups signups;
  private final TransactionTemplate transactions;
  private final NewsletterProperties properties;

  SubscriberImport(
      NewsletterLists lists,
      Subscribers subscribers,
      Signups signups,
      TransactionTemplate transactions,
      NewsletterProperties properties) {
    this.lists = lists;
    this.subscribers = subscribers;
    this.signups = signups;
    this.transactions = transactions;
    this.properties = properties;
  }

  public record Invalid(long line, String reason) {}

  /**
   * @param added new subscribers
   * @param merged rows whose address was already on the list or earlier in the file
   * @param confirmed of the rows, those now confirmed (consented imports)
   * @param pending new subscribers mailed a confirmation link
   * @param truncated the file had more rows than one import reads; the rest were not read
   */
  public record Result(
      int added,
      int merged,
      int confirmed,
      int pending,
      int invalidCount,
      List<Invalid> invalid,
      boolean truncated) {}

  private record Row(long line, String email, @Nullable String name) {}

  public Result run(UUID listId, InputStream body, boolean consented) {
    lists.get(listId);
    Reader reader =
        new InputStreamReader(
            body,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT));
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreHeaderCase(true)
            .setIgnoreEmptyLines(true)
            .setTrim(true)
            .setAllowMissingColumnNames(true)
            .get();
    Counts counts = new Counts();
    try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
      if (!parser.getHeaderMap().containsKey("email")) {
        throw unreadable("The first row must be the header email[,name].");
      }
      boolean named = parser.getHeaderMap().containsKey("name");
      Set<String> seen = new HashSet<>();
      List<Row> chunk = new ArrayList<>(CHUNK);
      Iterator<CSVRecord> records = parser.iterator();
      int rows = 0;
      while (next(records, parser, counts)) {
        CSVRecord record = records.next();
        if (rows++ >= properties.importMaxRows()) {
          counts.truncated = true;
          break;
        }
        long line = parser.getCurrentLineNumber();
        String raw = record.isSet("email") ? record.get("email") : "";
        String email = EmailAddresses.normalise(raw).orElse(null);
        if (email == null) {
          counts.invalid(line, raw.isEmpty() ? "no e-mail address" : "not an e-mail address");
          continue;
        }
        if (!seen.add(email)) {
          counts.merged++;
          continue;
        }
        String name = named && record.isSet("name") ? record.get("name") : null;
        chunk.add(new Row(line, email, name == null || name.isBlank() ? null : name));
        if (chunk.size() == CHUNK) {
          write(listId, chunk, consented, counts);
          chunk.clear();
        }
      }
      write(listId, chunk, consented, counts);
    } catch (IOException | UncheckedIOException ex) {
      throw unreadable("The CSV could not be read: " + ex.getMessage());
    } catch (IllegalArgumentException ex) {
      throw unreadable("The header row is not usable: " + ex.getMessage());
    }
    return new Result(
        counts.added,
        counts.merged,
        counts.confirmed,
        counts.pending,
        counts.invalidCount,
        List.copyOf(counts.invalid),
        counts.truncated);
  }

  /** The next record, or false at the end or at a row the parser cannot read (reported). */
  private static boolean next(Iterator<CSVRecord> records, CSVParser parser, Counts counts) {
    try {
      return records.hasNext();
    } catch (UncheckedIOException | IllegalStateException broken) {
      counts.invalid(
          parser.getCurrentLineNumber(), "unreadable CSV from here on; the rest was not imported");
      return false;
    }
  }

  private void write(UUID listId, List<Row> chunk, boolean consented, Counts counts) {
    if (chunk.isEmpty()) {
      return;
    }
    transactions.executeWithoutResult(
        status -> {
          for (Row row : chunk) {
            Status initial = consented ? Status.CONFIRMED : Status.PENDING;
            var added = subscribers.insert(listId, row.email(), row.name(), initial, "import");
            if (added.isPresent()) {
              counts.added++;
              if (consented) {
                counts.confirmed++;
              } else {
                counts.pending++;
                signups.queueConfirmation(added.get().id());
              }
            } else {
              counts.merged++;
              if (consented && subscribers.confirmImported(listId, row.email())) {
                counts.confirmed++;
              }
            }
          }
        });
  }

  private static ProblemException unreadable(String detail) {
    return new ProblemException(
        NewsletterProblem.IMPORT_UNREADABLE, detail + " Rows before this were imported.");
  }

  private static final class Counts {
    int added;
    int merged;
    int confirmed;
    int pending;
    int invalidCount;
    boolean truncated;
    final List<Invalid> invalid = new ArrayList<>();

    void invalid(long line, String reason) {
      invalidCount++;
      if (invalid.size() < MAX_REPORTED) {
        invalid.add(new Invalid(line, reason));
      }
    }
  }
}
