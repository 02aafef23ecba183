package ai.trae.content.listing;

import static ai.trae.content.item.ContentStatus.DRAFT;
import static ai.trae.content.item.ContentStatus.IDEA;
import static ai.trae.content.item.ContentStatus.PUBLISHED;
import static ai.trae.content.listing.ListedItems.AUTHOR_A;
import static ai.trae.content.listing.ListedItems.AUTHOR_B;
import static ai.trae.content.listing.ListedItems.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentItems;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemCache;
import ai.trae.content.listing.ListFilter.Range;
import ai.trae.content.listing.ListSort.Order;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.support.DataSliceTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

/** The list query: each filter, their combination, every sort and keyset paging over ties. */
@DataSliceTest
@Import({ContentItems.class, ItemCache.class, ContentListing.class})
class ContentListingTests {

  @Autowired ContentItems contentItems;
  @Autowired ContentListing listing;
  @Autowired JdbcClient jdbc;
  ListedItems items;

  @BeforeEach
  void setUp() {
    items = new ListedItems(contentItems);
  }

  @Test
  void eachFilterSelectsItsItemsAndTheyCombine() {
    ContentItem draft = items.item().status(DRAFT).tags("launch", "ai").save();
    ContentItem idea = items.item().status(IDEA).type(ContentType.BLOG_POST).save();
    ContentItem published =
        items
            .item()
            .status(PUBLISHED)
            .author(AUTHOR_B)
            .tags("launch")
            .channels("bluesky")
            .published(T0.plusSeconds(3600))
            .save();
    ContentItem trashed = items.item().status(DRAFT).tags("launch").trashed().save();

    assertThat(ids(ListFilter.LIVE)).containsExactly(published.id(), idea.id(), draft.id());
    assertThat(ids(filter().statuses(DRAFT).build())).containsExactly(draft.id());
    assertThat(ids(filter().statuses(DRAFT, IDEA).build())).containsExactly(idea.id(), draft.id());
    assertThat(ids(filter().types(ContentType.BLOG_POST).build())).containsExactly(idea.id());
    assertThat(ids(filter().tags("launch").build())).containsExactly(published.id(), draft.id());
    assertThat(ids(filter().tags("ai", "nothing").build())).containsExactly(draft.id());
    assertThat(ids(filter().authors(AUTHOR_B).build())).containsExactly(published.id());
    assertThat(ids(filter().channels("bluesky").build())).containsExactly(published.id());
    assertThat(ids(filter().trashed().build())).containsExactly(trashed.id());
    assertThat(ids(filter().trashed().tags("launch").build())).containsExactly(trashed.id());

    // half-open ranges: from inclusive, to exclusive
    assertThat(ids(filter().created(draft.createdAt(), idea.createdAt()).build()))
        .containsExactly(draft.id());
    assertThat(ids(filter().updated(idea.updatedAt(), null).build()))
        .containsExactly(published.id(), idea.id());
    assertThat(ids(filter().published(T0, T0.plusSeconds(7200)).build()))
        .containsExactly(published.id());
    assertThat(ids(filter().published(T0.plusSeconds(7200), null).build())).isEmpty();

    // across dimensions every filter holds
    assertThat(ids(filter().statuses(DRAFT, PUBLISHED).tags("launch").authors(AUTHOR_A).build()))
        .containsExactly(draft.id());
    assertThat(ids(filter().statuses(IDEA).tags("launch").build())).isEmpty();
  }

  @Test
  void aListRowCarriesTheBodysFirstWordsAsTextAndNothingOfTheBodyBeyond() {
    items.item().body("# Launch day\n\nWe ship **today**, see [the notes](https://x.test).").save();

    ListedItem row = page(ListFilter.LIVE, ListSort.UPDATED, Order.DESC, null, 10).items().get(0);

    assertThat(row.snippet()).isEqualTo("Launch day We ship today, see the notes.");
    assertThat(row.item().content().body()).isEmpty();
    assertThat(jdbc.sql("select excerpt from content_items").query(String.class).single())
        .as("written with the item, so the list never reads the body")
        .isEqualTo("Launch day We ship today, see the notes.");
  }

  @Test
  void aRowWrittenBeforeExcerptsWereStoredGetsOneFromItsBody() {
    items.item().body("## Old row\n\nStill *listed* well.").save();
    jdbc.sql("update content_items set excerpt = null").update();

    ListedItem row = page(ListFilter.LIVE, ListSort.UPDATED, Order.DESC, null, 10).items().get(0);

    assertThat(row.snippet()).isEqualTo("Old row Still listed well.");

    assertThat(contentItems.fillExcerpts(10)).isEqualTo(1);
    assertThat(contentItems.fillExcerpts(10)).as("nothing left").isZero();
    assertThat(jdbc.sql("select excerpt from content_items").query(String.class).single())
        .isEqualTo("Old row Still listed well.");
  }

  @ParameterizedTest
  @EnumSource(ListSort.class)
  void everySortPagesThroughAllItemsInOrderWithoutDuplicatesOrGaps(ListSort sort) {
    List<ContentItem> all = new ArrayList<>();
    Instant same = T0.plusSeconds(500);
    for (int i = 0; i < 11; i++) {
      // ties on every sort key: the id must break them
      all.add(
          items
              .item()
              .title(i % 3 == 0 ? "Same title" : "Title " + (char) ('a' + i))
              .created(i % 2 == 0 ? same : T0.plusSeconds(i))
              .updated(i % 2 == 0 ? same : T0.plusSeconds(i))
              .published(i % 3 == 1 ? null : (i % 2 == 0 ? same : T0.plusSeconds(i)))
              .save());
    }
    for (Order order : Order.values()) {
      List<UUID> expected =
          all.stream().sorted(comparator(sort, order)).map(ContentItem::id).toList();
      List<UUID> seen = new ArrayList<>();
      String cursor = null;
      int pages = 0;
      do {
        Page<ListedItem> page = page(ListFilter.LIVE, sort, order, cursor, 3);
        page.items().forEach(row -> seen.add(row.item().id()));
        cursor = page.nextCursor();
        pages++;
      } while (cursor != null && pages < 10);
      assertThat(seen).as(sort + " " + order).containsExactlyElementsOf(expected);
      assertThat(pages).isEqualTo(4);
    }
  }

  @Test
  void aPublishedSortPutsTheNeverPublishedLastInBothDirections() {
    ContentItem early = items.item().published(T0.plusSeconds(10)).save();
    ContentItem never = items.item().save();
    ContentItem late = items.item().published(T0.plusSeconds(20)).save();

    assertThat(ids(ListFilter.LIVE, ListSort.PUBLISHED, Order.DESC))
        .containsExactly(late.id(), early.id(), never.id());
    assertThat(ids(ListFilter.LIVE, ListSort.PUBLISHED, Order.ASC))
        .containsExactly(early.id(), late.id(), never.id());
  }

  @Test
  void aCursorThatIsNotOneThisListWroteIsABadRequest() {
    items.item().save();
    String titleCursor = Cursors.encode("Some title", UUID.randomUUID());

    assertThatThrownBy(() -> page(ListFilter.LIVE, ListSort.UPDATED, Order.DESC, titleCursor, 5))
        .isInstanceOf(ErrorResponseException.class)
        .satisfies(
            e -> assertThat(((ErrorResponseException) e).getStatusCode().value()).isEqualTo(400));
    assertThatThrownBy(() -> page(ListFilter.LIVE, ListSort.TITLE, Order.DESC, "garbage", 5))
        .isInstanceOf(ErrorResponseException.class);
  }

  @Test
  void hostileTextInFiltersIsOnlyEverAValue() {
    items.item().tags("x').*--").save();

    assertThat(ids(filter().tags("x').*--").build())).hasSize(1);
    assertThat(ids(filter().tags("' or 1=1 --").build())).isEmpty();
  }

  private static Comparator<ContentItem> comparator(ListSort sort, Order order) {
    Comparator<ContentItem> byKey =
        switch (sort) {
          case UPDATED -> Comparator.comparing(ContentItem::updatedAt);
          case CREATED -> Comparator.comparing(ContentItem::createdAt);
          case TITLE -> Comparator.comparing(i -> i.content().title());
          case PUBLISHED ->
              Comparator.comparing(
                  ContentItem::publishedAt, Comparator.nullsLast(Comparator.naturalOrder()));
        };
    Comparator<ContentItem> full = byKey.thenComparing(ContentItem::id);
    if (order == Order.ASC) {
      return full;
    }
    if (sort == ListSort.PUBLISHED) {
      // still never-published last, newest id first among them
      return Comparator.comparing((ContentItem i) -> i.publishedAt() == null)
          .thenComparing(full.reversed());
    }
    return full.reversed();
  }

  private Page<ListedItem> page(
      ListFilter filter, ListSort sort, Order order, @Nullable String cursor, int limit) {
    return listing.page(filter, sort, order, PageRequest.of(cursor, limit, 25, 100));
  }

  private List<UUID> ids(ListFilter filter) {
    return ids(filter, ListSort.UPDATED, Order.DESC);
  }

  private List<UUID> ids(ListFilter filter, ListSort sort, Order order) {
    return page(filter, sort, order, null, 100).items().stream().map(r -> r.item().id()).toList();
  }

  static Filter filter() {
    return new Filter();
  }

  /** A ListFilter built field by field. */
  static final class Filter {
    Set<ai.trae.content.item.ContentStatus> statuses = Set.of();
    Set<ContentType> types = Set.of();
    Set<String> tags = Set.of();
    Set<UUID> authors = Set.of();
    Set<String> channels = Set.of();
    Range created = Range.ANY;
    Range updated = Range.ANY;
    Range published = Range.ANY;
    @Nullable String q;
    boolean trashed;

    Filter statuses(ai.trae.content.item.ContentStatus... s) {
      statuses = Set.of(s);
      return this;
    }

    Filter types(ContentType... t) {
      types = Set.of(t);
      return this;
    }

    Filter tags(String... t) {
      tags = Set.of(t);
      return this;
    }

    Filter authors(UUID... a) {
      authors = Set.of(a);
      return this;
    }

    Filter channels(String... c) {
      channels = Set.of(c);
      return this;
    }

    Filter created(@Nullable Instant from, @Nullable Instant to) {
      created = new Range(from, to);
      return this;
    }

    Filter updated(@Nullable Instant from, @Nullable Instant to) {
      updated = new Range(from, to);
      return this;
    }

    Filter published(@Nullable Instant from, @Nullable Instant to) {
      published = new Range(from, to);
      return this;
    }

    Filter q(String text) {
      q = text;
      return this;
    }

    Filter trashed() {
      trashed = true;
      return this;
    }

    ListFilter build() {
      return new ListFilter(
          statuses, types, tags, authors, channels, created, updated, published, q, trashed);
    }
  }
}
