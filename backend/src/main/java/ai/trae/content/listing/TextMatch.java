package ai.trae.content.listing;

import ai.trae.content.search.SearchText;

/**
 * The free-text filter ({@code q}): the search feature's own condition (its weighted vector with
 * GIN index content_items_search_idx, or a title word close to the text through the trigram index),
 * so a list narrowed by text holds what the search finds.
 */
final class TextMatch {

  private TextMatch() {}

  static Sql matches(SearchText q) {
    return new Sql().append(SearchText.condition("content_items"), q.params().toArray());
  }
}
