package ai.trae.content.search;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Full-text search that stops early. Hits come in tiers, each newest change first (updated_at desc,
 * id desc): first the items whose title matches, then those matching only elsewhere (tags, summary,
 * body); only when neither finds anything for the first page, the items with a title word close to
 * the text (typos). Each tier is one query with a limit, so PostgreSQL either walks the live items'
 * (updated_at, id) index backwards and stops after a page (a common word) or reads the few matches
 * from a GIN index and sorts them (a rare one); nothing ranks every match (see V2026_12_02_1060 for
 * the indexes, ContentSearchPlanTests for the plans). The next tier runs only when the one before
 * did not fill the page; the cursor is (tier, updated_at, id).
 *
 * <p>Highlights are computed here in Java ({@link Highlights}) from the page's rows only.
 */
@Service
public class ContentSearch {

  /** The tiers in order; {@link #rank} is what the API shows as a hit's rank. */
  enum Tier {
    TITLE(1, 1.0),
    ELSEWHERE(2, 0.5),
    CLOSE_TITLE(3, 0.4);

    final int number;
    final double rank;

    Tier(int number, double rank) {
      this.number = number;
      this.rank = rank;
    }

    static Tier of(long number) {
      for (Tier tier : values()) {
        if (tier.number == number) {
          return tier;
        }
      }
      throw new ProblemException(
          PlatformProblem.BAD_REQUEST, "The cursor is not one this API returned.");
    }
  }

  private final JdbcClient jdbc;

  ContentSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * One hit: rank is 1 for a title match, 0.5 for a match elsewhere, 0.4 × the trigram word
   * similarity (0.5–1) for a close title word; highlights are escaped HTML with marks.
   */
  public record Hit(
      UUID id,
      ContentType type,
      ContentStatus status,
      String title,
      String slug,
      Instant updatedAt,
      double rank,
      String titleHighlight,
      String snippet,
      int tier) {}

  private record Row(
      UUID id,
      ContentType type,
      ContentStatus status,
      String title,
      String slug,
      Instant updatedAt,
      String text,
      double rank,
      Tier tier) {}

  @Transactional(readOnly = true)
  public Page<Hit> search(
      SearchText text,
      Collection<ContentType> types,
      Collection<ContentStatus> statuses,
      PageRequest page) {
    Cursors.Key cursor = page.after();
    Tier from = cursor == null ? Tier.TITLE : Tier.of(cursor.expect(3).number(0));
    Filter filter = new Filter(text, types, statuses, cursor == null ? null : after(cursor));
    // Plans must fit the word: a generic plan (what a prepared statement gets after five runs)
    // would walk the whole index for a rare word or sort every match of a common one.
    jdbc.sql("set local plan_cache_mode = force_custom_plan").update();
    List<Row> rows = new ArrayList<>(page.fetchSize());
    if (from == Tier.TITLE) {
      rows.addAll(tier(Tier.TITLE, filter, page.fetchSize()));
    }
    if (from != Tier.CLOSE_TITLE && rows.size() < page.fetchSize()) {
      Filter elsewhere = from == Tier.ELSEWHERE ? filter : filter.fromStart();
      rows.addAll(tier(Tier.ELSEWHERE, elsewhere, page.fetchSize() - rows.size()));
    }
    if (from == Tier.CLOSE_TITLE || (cursor == null && rows.isEmpty())) {
      rows.addAll(tier(Tier.CLOSE_TITLE, filter, page.fetchSize()));
    }
    Highlights marks = Highlights.of(text.text());
    List<Hit> hits =
        rows.stream()
            .map(
                row ->
                    new Hit(
                        row.id(),
                        row.type(),
                        row.status(),
                        row.title(),
                        row.slug(),
                        row.updatedAt(),
                        row.rank(),
                        marks.title(row.title()),
                        marks.snippet(row.text()),
                        row.tier().number))
            .toList();
    return page.page(hits, hit -> Cursors.encode(hit.tier(), hit.updatedAt(), hit.id()));
  }

  /** The start of summary and body, as far as {@link Highlights#snippet} reads. */
  private static String snippetSource(@Nullable String summary, String body) {
    String text = summary == null ? body : summary + "\n\n" + body;
    if (text.length() <= Highlights.SOURCE_CHARS) {
      return text;
    }
    int end = Highlights.SOURCE_CHARS;
    // never half a surrogate pair
    return text.substring(0, Character.isHighSurrogate(text.charAt(end - 1)) ? end - 1 : end);
  }

  private static After after(Cursors.Key cursor) {
    return new After(Timestamp.from(cursor.instant(1)), cursor.uuid(2));
  }

  private record After(Timestamp updatedAt, UUID id) {}

  /** What every tier narrows by; {@code after} only applies to the tier the cursor is in. */
  private record Filter(
      SearchText text,
      Collection<ContentType> types,
      Collection<ContentStatus> statuses,
      @Nullable After after) {

    Filter fromStart() {
      return new Filter(text, types, statuses, null);
    }
  }

  private List<Row> tier(Tier tier, Filter filter, int limit) {
    SearchSql sql = SearchSql.tier(tier, filter.text());
    if (!filter.types().isEmpty()) {
      sql.and(
          "c.type = any(?)",
          (Object) filter.types().stream().map(ContentType::value).toArray(String[]::new));
    }
    if (!filter.statuses().isEmpty()) {
      sql.and(
          "c.status = any(?)",
          (Object) filter.statuses().stream().map(ContentStatus::value).toArray(String[]::new));
    }
    After after = filter.after();
    if (after != null) {
      sql.after(after.updatedAt(), after.id());
    }
    SearchSql.Statement statement = sql.page(limit);
    return jdbc.sql(statement.sql())
        .params(statement.params())
        .query(
            (rs, n) ->
                new Row(
                    rs.getObject("id", UUID.class),
                    ContentType.of(rs.getString("type")),
                    ContentStatus.of(rs.getString("status")),
                    rs.getString("title"),
                    rs.getString("slug"),
                    rs.getTimestamp("updated_at").toInstant(),
                    snippetSource(rs.getString("summary"), rs.getString("body")),
                    tier.rank * rs.getDouble("similarity"),
                    tier))
        .list();
  }
}
