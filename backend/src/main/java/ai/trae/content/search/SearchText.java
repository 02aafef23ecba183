package ai.trae.content.search;

import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * A free-text query as the database gets it, and the condition that matches it, for any feature
 * that filters items by text (the search endpoint, the list's {@code q}). The text is always bound
 * as a parameter; only the fixed SQL here is spliced into queries.
 *
 * <p>Usage: {@code where ... and } {@link #condition(String) condition("i")}, binding {@link
 * #params()} at its two placeholders, in order.
 */
public record SearchText(String text) {

  /** Longer queries are refused: nobody types them, and they only cost the database time. */
  public static final int MAX_LENGTH = 200;

  /**
   * The query, or null when there is nothing to search for (null or blank).
   *
   * @throws ProblemException 400 for a query over {@link #MAX_LENGTH} characters
   */
  public static @Nullable SearchText of(@Nullable String q) {
    if (q == null) {
      return null;
    }
    if (q.length() > MAX_LENGTH) {
      throw new ProblemException(
          PlatformProblem.BAD_REQUEST,
          "The search text may be at most " + MAX_LENGTH + " characters long.");
    }
    // PostgreSQL text cannot hold NUL; other control characters only confuse the parser
    String clean = q.replaceAll("\\p{Cntrl}", " ").strip();
    return clean.isEmpty() ? null : new SearchText(clean);
  }

  /**
   * Full-text match (content_search_query, GIN index content_items_search_idx) or a title word
   * close to the text (trigram index content_items_title_trgm_idx).
   *
   * @param alias the alias of content_items in the caller's query
   */
  public static String condition(String alias) {
    if (!alias.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("not an alias: " + alias);
    }
    return "(%1$s.search_vector @@ content_search_query(?) or %1$s.id in (select id from content_title_matches(?)))"
        .formatted(alias);
  }

  /** The values for {@link #condition(String)}'s placeholders. */
  public List<Object> params() {
    return List.of(text, lower());
  }

  /** What the trigram index compares with lower(title). */
  public String lower() {
    return text.toLowerCase(Locale.ROOT);
  }
}
