package ai.trae.content.listing;

import static ai.trae.content.item.ContentStatus.DRAFT;
import static ai.trae.content.item.ContentStatus.IDEA;
import static ai.trae.content.item.ContentStatus.PUBLISHED;
import static ai.trae.content.listing.ContentListingTests.filter;
import static ai.trae.content.listing.ListedItems.AUTHOR_A;
import static ai.trae.content.listing.ListedItems.AUTHOR_B;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ContentItems;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemCache;
import ai.trae.content.listing.ContentFacets.Count;
import ai.trae.content.listing.ContentFacets.Facets;
import ai.trae.support.DataSliceTest;
import ai.trae.support.SqlStatements;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** Facet counts: each dimension under every filter but its own, in one statement. */
@DataSliceTest
@Import({ContentItems.class, ItemCache.class, ContentFacets.class})
class ContentFacetsTests {

  @Autowired ContentItems contentItems;
  @Autowired ContentFacets facets;
  @Autowired SqlStatements statements;

  @BeforeEach
  void seed() {
    ListedItems items = new ListedItems(contentItems);
    items.item().status(DRAFT).tags("launch", "ai").save();
    items.item().status(DRAFT).tags("launch").author(AUTHOR_B).save();
    items.item().status(IDEA).type(ContentType.BLOG_POST).tags("ai").save();
    items.item().status(PUBLISHED).type(ContentType.BLOG_POST).channels("blog").save();
    items.item().status(DRAFT).tags("launch").trashed().save();
  }

  @Test
  void withoutAFilterEveryLiveItemIsCountedOncePerDimension() {
    statements.reset();
    Facets counts = facets.count(ListFilter.LIVE);

    assertThat(statements.count()).as("one round trip").isEqualTo(1);
    assertThat(counts.total()).isEqualTo(4);
    assertThat(counts.status())
        .containsExactly(new Count("draft", 2), new Count("idea", 1), new Count("published", 1));
    assertThat(counts.type()).containsExactly(new Count("article", 2), new Count("blog-post", 2));
    assertThat(counts.tag()).containsExactly(new Count("ai", 2), new Count("launch", 2));
    assertThat(counts.author())
        .containsExactly(new Count(AUTHOR_A.toString(), 3), new Count(AUTHOR_B.toString(), 1));
  }

  @Test
  void aChosenValueLeavesItsOwnDimensionsCountsAndNarrowsTheOthers() {
    Facets counts = facets.count(filter().statuses(DRAFT).build());

    // the other statuses still show what choosing them would give
    assertThat(counts.status())
        .containsExactly(new Count("draft", 2), new Count("idea", 1), new Count("published", 1));
    assertThat(counts.type()).containsExactly(new Count("article", 2));
    assertThat(counts.tag()).containsExactly(new Count("launch", 2), new Count("ai", 1));
    assertThat(counts.total()).isEqualTo(2);
  }

  @Test
  void severalFiltersEachCountUnderTheOthers() {
    Facets counts = facets.count(filter().statuses(DRAFT, IDEA).tags("ai").build());

    assertThat(counts.total()).isEqualTo(2);
    // status under tag=ai: a draft and an idea
    assertThat(counts.status()).containsExactly(new Count("draft", 1), new Count("idea", 1));
    // tag under status in (draft, idea): launch twice (both drafts), ai twice
    assertThat(counts.tag()).containsExactly(new Count("ai", 2), new Count("launch", 2));
    assertThat(counts.type()).containsExactly(new Count("article", 1), new Count("blog-post", 1));
    assertThat(counts.author()).containsExactly(new Count(AUTHOR_A.toString(), 2));
  }

  @Test
  void filtersNoFacetCountsByNarrowEveryDimension() {
    Facets counts = facets.count(filter().channels("blog").build());

    assertThat(counts.total()).isEqualTo(1);
    assertThat(counts.status()).containsExactly(new Count("published", 1));
    assertThat(counts.tag()).isEmpty();

    Facets trash = facets.count(filter().trashed().build());
    assertThat(trash.total()).isEqualTo(1);
    assertThat(trash.tag()).containsExactly(new Count("launch", 1));
  }
}
