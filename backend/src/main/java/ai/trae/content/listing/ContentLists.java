package ai.trae.content.listing;

import ai.trae.content.listing.ContentFacets.Facets;
import ai.trae.content.listing.ListSort.Order;
import ai.trae.identity.People;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the content list screen reads: a page of items or the facet counts, each with the names of
 * the people in it, fetched for the whole page in one query (never one per row).
 */
@Service
public class ContentLists {

  private final ContentListing listing;
  private final ContentFacets facets;
  private final People people;

  ContentLists(ContentListing listing, ContentFacets facets, People people) {
    this.listing = listing;
    this.facets = facets;
    this.people = people;
  }

  /** A page and its authors and co-authors by id (unknown ids absent). */
  public record Listing(Page<ListedItem> page, Map<UserId, Person> people) {}

  /** The counts and the people the author facet names. */
  public record FacetCounts(Facets facets, Map<UserId, Person> people) {}

  /**
   * One statement (the people are cached), so no transaction: under one, the same read costs a
   * BEGIN and a COMMIT more.
   */
  public Listing list(ListFilter filter, ListSort sort, Order order, PageRequest request) {
    Page<ListedItem> page = listing.page(filter, sort, order, request);
    Set<UUID> ids = new LinkedHashSet<>();
    for (ListedItem listed : page.items()) {
      ids.add(listed.item().authorId());
      ids.addAll(listed.item().content().coAuthorIds());
    }
    return new Listing(page, named(ids));
  }

  @Transactional(readOnly = true)
  public FacetCounts facets(ListFilter filter) {
    Facets counts = facets.count(filter);
    return new FacetCounts(counts, named(counts.authorIds()));
  }

  private Map<UserId, Person> named(Collection<UUID> ids) {
    return ids.isEmpty() ? Map.of() : people.findAll(ids.stream().map(UserId::of).toList());
  }
}
