package ai.trae.content.search;

import ai.trae.content.search.ContentSearch.Tier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.regex.Pattern;

/**
 * One tier's statement. The inner query finds the page's ids and nothing else, so a rare word's
 * matches are sorted as narrow rows; the outer one reads the page's columns by primary key. The
 * user's text is always a bound parameter; only the fixed SQL here is spliced.
 */
final class SearchSql {

  /**
   * The body as far as a snippet needs it ({@link Highlights#SOURCE_CHARS}); a body that short
   * anyway is sent as stored, since left() and concatenation in SQL cost more than the rest of the
   * row (measured: about 10 µs a row).
   */
  private static final String SNIPPET_BODY =
      "case when octet_length(i.body) <= %1$d then i.body else left(i.body, %1$d) end"
          .formatted(Highlights.SOURCE_CHARS);

  /** One word, nothing else: its title tier is a range of content_title_terms. */
  private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{N}]+");

  private final String from;
  private final String similarity;
  private String orderTime = "c.updated_at";
  private String orderId = "c.id";

  /**
   * The fewest rows the inner query is planned for. PostgreSQL prices walking the items newest
   * first as if matches were spread evenly, so for the few rows left after a title tier it would
   * walk thousands of rows looking for a rare word's matches (26 ms instead of 3 for ten of 236
   * matches in 100,000 items); planned for 100 it reads the GIN index and sorts the few matches,
   * while a common word's are still read newest first, and only as many as the page takes.
   */
  private int plannedRows = 0;

  private final List<String> conditions = new ArrayList<>();
  private final List<Object> params = new ArrayList<>();

  private SearchSql(String from, String similarity, List<Object> fromParams) {
    this.from = from;
    this.similarity = similarity;
    this.params.addAll(fromParams);
    conditions.add("c.trashed_at is null");
  }

  /** The statement and its parameters, in order. */
  record Statement(String sql, List<Object> params) {}

  static SearchSql tier(Tier tier, SearchText text) {
    String q = text.text();
    return switch (tier) {
      case TITLE -> {
        if (ONE_WORD.matcher(q.strip()).matches()) {
          // the word's newest live items are the end of its range of the terms' primary key
          SearchSql sql =
              new SearchSql(
                  "content_title_terms t join content_items c on c.id = t.item_id",
                  "1::real",
                  List.of());
          sql.orderTime = "t.updated_at";
          sql.orderId = "t.item_id";
          yield sql.and("t.lexeme = content_title_lexeme(?)", q.strip());
        }
        SearchSql sql = new SearchSql("content_items c", "1::real", List.of());
        sql.and("c.title_vector @@ content_search_query(?)", q);
        // without a negation a title match is a match; "launch -lovelace" must also not find
        // an item whose body says Lovelace
        if (q.indexOf('-') >= 0) {
          sql.and("c.search_vector @@ content_search_query(?)", q);
        }
        yield sql;
      }
      case ELSEWHERE -> {
        SearchSql sql = new SearchSql("content_items c", "1::real", List.of());
        sql.and("c.search_vector @@ content_search_query(?)", q);
        sql.and("not c.title_vector @@ content_search_query(?)", q);
        sql.plannedRows = 100;
        yield sql;
      }
      case CLOSE_TITLE ->
          new SearchSql(
              "content_title_matches(?) t join content_items c on c.id = t.id",
              "t.similarity",
              List.of(text.lower()));
    };
  }

  /** Adds a condition on content_items {@code c} with its parameters. */
  SearchSql and(String condition, Object... values) {
    conditions.add(condition);
    Collections.addAll(params, values);
    return this;
  }

  /** Only rows after the cursor's (updated_at, id), in this statement's order. */
  SearchSql after(Object updatedAt, Object id) {
    return and("(" + orderTime + ", " + orderId + ") < (?, ?)", updatedAt, id);
  }

  Statement page(int limit) {
    // materialized: the ids' query is planned for its own limit, not for the page's share of it
    String sql =
        """
        with p as materialized (
            select c.id, c.updated_at, %s as similarity
            from %s
            where %s
            order by %s desc, %s desc
            limit ?)
        select i.id, i.type, i.status, i.title, i.slug, i.updated_at, p.similarity,
               i.summary, %s as body
        from p join content_items i on i.id = p.id
        order by p.updated_at desc, p.id desc
        limit ?
        """
            .formatted(
                similarity,
                from,
                String.join(" and ", conditions),
                orderTime,
                orderId,
                SNIPPET_BODY);
    List<Object> values = new ArrayList<>(params);
    values.add(Math.max(limit, plannedRows));
    values.add(limit);
    return new Statement(sql, values);
  }
}
