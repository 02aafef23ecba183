package ai.trae.content.listing;

/**
 * The free-text filter ({@code q}) over the search feature's weighted vector and its GIN index, so
 * a list narrowed by text is the same set the search finds.
 */
final class TextMatch {

  private TextMatch() {}

  static Sql matches(String q) {
    return new Sql()
        .append(
            "(search_vector @@ websearch_to_tsquery('simple', ?)"
                + " or search_vector @@ websearch_to_tsquery('english', ?))",
            q,
            q);
  }
}
