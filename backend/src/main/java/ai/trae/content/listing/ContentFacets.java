package ai.trae.content.listing;

import ai.trae.content.listing.FilterSql.Facet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Facet counts for a list filter, disjunctive: each dimension counts under every filter except its
 * own, so a chosen status still shows how many items the other statuses have. One statement, one
 * round trip: a grouping-sets aggregate over the rows the non-facet filters select (one pass for
 * status, type, author and the total, each group counting with its own FILTER), plus the top tags
 * from the same rows unnested. Those rows come from the live covering index
 * content_items_live_facets_idx (index-only) or, when channels, dates or text narrow them, from
 * that filter's index.
 */
@Component
public class ContentFacets {

  /** The most tags a facet lists, the most frequent first. */
  static final int TAGS = 50;

  private final JdbcClient jdbc;

  ContentFacets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** One value's count. */
  public record Count(String value, long count) {}

  /** Every dimension's counts, largest first; {@code total} counts under the whole filter. */
  public record Facets(
      List<Count> status, List<Count> type, List<Count> tag, List<Count> author, long total) {

    /** The author values as user ids, for their names. */
    public List<UUID> authorIds() {
      return author.stream().map(c -> UUID.fromString(c.value())).toList();
    }
  }

  public Facets count(ListFilter filter) {
    Map<Facet, Sql> own = new EnumMap<>(Facet.class);
    for (Facet facet : Facet.values()) {
      Sql condition = FilterSql.facet(filter, facet);
      if (condition != null) {
        own.put(facet, condition);
      }
    }
    Sql sql =
        new Sql()
            .append("select kind, value, n from (select case grouping(status, type, author_id)")
            .append(" when 3 then 'status' when 5 then 'type' when 6 then 'author'")
            .append(" else 'total' end as kind, coalesce(status, type, author_id::text) as value,")
            .append(" case grouping(status, type, author_id) when 3 then ")
            .append(counted(own, f -> f != Facet.STATUS))
            .append(" when 5 then ")
            .append(counted(own, f -> f != Facet.TYPE))
            .append(" when 6 then ")
            .append(counted(own, f -> f != Facet.AUTHOR))
            .append(" else ")
            .append(counted(own, f -> true))
            .append(" end as n from content_items where ")
            .append(FilterSql.common(filter))
            .append(" group by grouping sets ((status), (type), (author_id), ())) counts")
            .append(" where n > 0 or kind = 'total'")
            .append(" union all (select 'tag', tag, count(*) from (select unnest(tags) as tag")
            .append(" from content_items where ")
            .append(FilterSql.common(filter));
    Sql others = all(own, f -> f != Facet.TAG);
    if (others != null) {
      sql.append(" and ").append(others);
    }
    sql.append(") tags group by tag order by count(*) desc, tag limit ?)", TAGS);

    Map<String, List<Count>> counts = new java.util.HashMap<>();
    long[] total = {0};
    jdbc.sql(sql.text())
        .params(sql.params())
        .query(
            rs -> {
              String kind = rs.getString("kind");
              long n = rs.getLong("n");
              if (kind.equals("total")) {
                total[0] = n;
              } else {
                counts
                    .computeIfAbsent(kind, k -> new ArrayList<>())
                    .add(new Count(rs.getString("value"), n));
              }
            });
    return new Facets(
        sorted(counts.get("status")),
        sorted(counts.get("type")),
        sorted(counts.get("tag")),
        sorted(counts.get("author")),
        total[0]);
  }

  /** {@code count(*)} under the filters of the dimensions {@code counted} keeps. */
  private static Sql counted(Map<Facet, Sql> own, Predicate<Facet> counted) {
    Sql condition = all(own, counted);
    return condition == null
        ? new Sql().append("count(*)")
        : new Sql().append("count(*) filter (where ").append(condition).append(")");
  }

  private static @Nullable Sql all(Map<Facet, Sql> own, Predicate<Facet> kept) {
    Sql sql = null;
    for (Map.Entry<Facet, Sql> e : own.entrySet()) {
      if (kept.test(e.getKey())) {
        sql =
            sql == null ? new Sql().append(e.getValue()) : sql.append(" and ").append(e.getValue());
      }
    }
    return sql;
  }

  private static List<Count> sorted(@Nullable List<Count> counts) {
    if (counts == null) {
      return List.of();
    }
    List<Count> sorted = new ArrayList<>(counts);
    sorted.sort(
        java.util.Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value));
    return List.copyOf(sorted);
  }
}
