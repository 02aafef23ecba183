package ai.trae.content.listing.web;

import ai.trae.content.listing.ContentFacets.Count;
import ai.trae.content.listing.ContentLists.FacetCounts;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The facet counts; an author's value is the user id and {@code label} the name. */
record FacetsResponse(
    List<Value> status, List<Value> type, List<Value> tag, List<Value> author, long total) {

  /** One value of a dimension and how many items have it. */
  record Value(String value, @Nullable String label, long count) {}

  static FacetsResponse from(FacetCounts counts) {
    var facets = counts.facets();
    return new FacetsResponse(
        plain(facets.status()),
        plain(facets.type()),
        plain(facets.tag()),
        facets.author().stream()
            .map(
                c ->
                    new Value(
                        c.value(),
                        ItemSummary.person(UUID.fromString(c.value()), counts.people())
                            .displayName(),
                        c.count()))
            .toList(),
        facets.total());
  }

  private static List<Value> plain(List<Count> counts) {
    return counts.stream().map(c -> new Value(c.value(), null, c.count())).toList();
  }
}
