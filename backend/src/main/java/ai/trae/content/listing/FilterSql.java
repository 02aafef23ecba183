package ai.trae.content.listing;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.listing.ListFilter.Range;
import ai.trae.content.search.SearchText;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A {@link ListFilter} as a where clause over content_items. The four faceted dimensions are kept
 * apart from the rest, because each facet counts under every filter but its own.
 */
final class FilterSql {

  /** The dimensions facets count; each is also a filter. */
  enum Facet {
    STATUS,
    TYPE,
    TAG,
    AUTHOR
  }

  private FilterSql() {}

  /** The whole filter. */
  static Sql where(ListFilter filter) {
    Sql sql = common(filter);
    for (Facet facet : Facet.values()) {
      Sql own = facet(filter, facet);
      if (own != null) {
        sql.append(" and ").append(own);
      }
    }
    return sql;
  }

  /** What no facet counts by: trash or not, channels, dates and the free text. */
  static Sql common(ListFilter filter) {
    Sql sql = new Sql().append(filter.trashed() ? "trashed_at is not null" : "trashed_at is null");
    if (!filter.channels().isEmpty()) {
      sql.append(" and channels && cast(? as text[])", texts(filter.channels()));
    }
    range(sql, "created_at", filter.created());
    range(sql, "updated_at", filter.updated());
    range(sql, "published_at", filter.published());
    SearchText text = SearchText.of(filter.q());
    if (text != null) {
      sql.append(" and ").append(TextMatch.matches(text));
    }
    return sql;
  }

  /** One dimension's own condition; null when the filter leaves that dimension open. */
  static @Nullable Sql facet(ListFilter filter, Facet facet) {
    return switch (facet) {
      case STATUS ->
          oneOf("status", filter.statuses().stream().map(ContentStatus::value).toList(), "text");
      case TYPE -> oneOf("type", filter.types().stream().map(ContentType::value).toList(), "text");
      case TAG ->
          filter.tags().isEmpty()
              ? null
              : new Sql().append("tags && cast(? as text[])", texts(filter.tags()));
      case AUTHOR -> oneOf("author_id", filter.authors(), "uuid");
    };
  }

  /**
   * {@code column = ?} for one value, so the planner sees an equality and walks the (column,
   * updated_at, id) index in order; {@code = any(?)} for several.
   */
  private static @Nullable Sql oneOf(String column, Collection<?> values, String type) {
    if (values.isEmpty()) {
      return null;
    }
    if (values.size() == 1) {
      return new Sql().append(column + " = ?", values.iterator().next());
    }
    Object array =
        type.equals("uuid") ? values.toArray(UUID[]::new) : values.toArray(String[]::new);
    return new Sql().append(column + " = any(cast(? as " + type + "[]))", array);
  }

  private static void range(Sql sql, String column, Range range) {
    if (range.from() != null) {
      sql.append(" and " + column + " >= ?", Timestamp.from(range.from()));
    }
    if (range.to() != null) {
      sql.append(" and " + column + " < ?", Timestamp.from(range.to()));
    }
  }

  /** One array parameter (not varargs spread into several). */
  private static Object texts(Collection<String> values) {
    return values.toArray(String[]::new);
  }
}
