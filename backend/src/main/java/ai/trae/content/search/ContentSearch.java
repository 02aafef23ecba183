package ai.trae.content.search;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Ranked full-text search with highlights. Candidates come from the two indexes (full-text GIN and
 * title trigram GIN, see V2026_12_02_1030); only they are ranked, and only the page's rows are
 * highlighted, since ts_headline re-parses the text.
 */
@Service
public class ContentSearch {

  /**
   * A title match must outrank a body match: ts_rank_cd weights {D, C, B, A} = body, summary, tags,
   * title; normalisation 32 maps the rank into [0, 1), and a close title word adds up to half as
   * much again.
   */
  private static final String RANK =
      "round((ts_rank_cd('{0.1, 0.2, 0.4, 1.0}', i.search_vector, q.tsq, 32)"
          + " + 0.5 * s.similarity) * 1000000)::bigint";

  // sentinels that cannot be in the text: they are removed from it before highlighting
  static final char START = '\uE000';
  static final char STOP = '\uE001';
  private static final String STRIP = "translate(%s, E'\\uE000\\uE001', '')";
  private static final String MARKS = "StartSel=\"\uE000\", StopSel=\"\uE001\"";
  // the first 20,000 characters are enough for a snippet and keep a huge body's highlight cheap
  private static final String SNIPPET_TEXT =
      "left(coalesce(p.summary || E'\\n\\n', '') || p.body, 20000)";

  private final JdbcClient jdbc;

  ContentSearch(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One hit: rank is the score the list is ordered by; highlights are escaped HTML with marks. */
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
      long score) {}

  @Transactional(readOnly = true)
  public Page<Hit> search(
      SearchText text,
      Collection<ContentType> types,
      Collection<ContentStatus> statuses,
      PageRequest page) {
    List<Object> params = new ArrayList<>(List.of(text.text(), text.lower()));
    StringBuilder filters = new StringBuilder("i.trashed_at is null");
    if (!types.isEmpty()) {
      filters.append(" and i.type = any(?)");
      params.add(types.stream().map(ContentType::value).toArray(String[]::new));
    }
    if (!statuses.isEmpty()) {
      filters.append(" and i.status = any(?)");
      params.add(statuses.stream().map(ContentStatus::value).toArray(String[]::new));
    }
    String after = "";
    Cursors.Key cursor = page.after();
    if (cursor != null) {
      Cursors.Key key = cursor.expect(2);
      after = "where (r.score, r.id) < (?, ?)";
      params.add(key.number(0));
      params.add(key.uuid(1));
    }
    params.add(page.fetchSize());
    String sql =
        """
        with q as (select content_search_query(?) as tsq),
        candidates as (
            select i.id, 0::real as similarity from content_items i, q where i.search_vector @@ q.tsq
            union all
            select t.id, t.similarity from content_title_matches(?) t
        ),
        s as (select id, max(similarity) as similarity from candidates group by id),
        ranked as (
            select i.id, i.type, i.status, i.title, i.slug, i.summary, i.body, i.updated_at,
                   %1$s as score
            from s join content_items i on i.id = s.id, q
            where %2$s
        ),
        p as (select * from ranked r %3$s order by r.score desc, r.id desc limit ?)
        select p.id, p.type, p.status, p.title, p.slug, p.updated_at, p.score,
               ts_headline('english', %4$s, q.tsq, '%5$s, HighlightAll=true') as title_hl,
               ts_headline('english', %6$s, q.tsq,
                   '%5$s, MaxWords=35, MinWords=15')
                   as snippet_hl
        from p, q
        order by p.score desc, p.id desc
        """
            .formatted(
                RANK,
                filters,
                after,
                STRIP.formatted("p.title"),
                MARKS,
                STRIP.formatted(SNIPPET_TEXT));
    List<Hit> rows =
        jdbc.sql(sql)
            .params(params)
            .query(
                (rs, n) ->
                    new Hit(
                        rs.getObject("id", UUID.class),
                        ContentType.of(rs.getString("type")),
                        ContentStatus.of(rs.getString("status")),
                        rs.getString("title"),
                        rs.getString("slug"),
                        rs.getTimestamp("updated_at").toInstant(),
                        rs.getLong("score") / 1_000_000.0,
                        Highlights.toHtml(rs.getString("title_hl")),
                        Highlights.toHtml(rs.getString("snippet_hl")),
                        rs.getLong("score")))
            .list();
    return page.page(rows, hit -> Cursors.encode(hit.score(), hit.id()));
  }
}
