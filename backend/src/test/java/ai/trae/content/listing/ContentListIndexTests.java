package ai.trae.content.listing;

import static ai.trae.content.listing.ContentListingTests.filter;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.listing.ListSort.Order;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.PageRequest;
import ai.trae.support.DataSliceTest;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The list's main query shapes on 20,000 seeded items are served by an index, never by reading the
 * whole table: the plans EXPLAIN gives after ANALYZE name an index scan and no sequential scan of
 * content_items. Which index serves which shape is written in V2026_12_02_1040.
 */
@DataSliceTest
class ContentListIndexTests {

  private static final String AUTHOR = "00000000-0000-7000-8000-000000000007";

  @Autowired JdbcClient jdbc;

  @Test
  void everyMainListShapeUsesAnIndex() {
    seed(20_000);
    PageRequest first = PageRequest.of(null, 25, 25, 100);
    PageRequest later =
        PageRequest.of(
            Cursors.encode(Instant.now().minusSeconds(86_400), UUID.randomUUID()), 25, 25, 100);
    Map<String, Sql> shapes = new LinkedHashMap<>();
    shapes.put(
        "default", ContentListing.query(ListFilter.LIVE, ListSort.UPDATED, Order.DESC, first));
    shapes.put(
        "default, page n",
        ContentListing.query(ListFilter.LIVE, ListSort.UPDATED, Order.DESC, later));
    shapes.put(
        "status",
        ContentListing.query(
            filter().statuses(ContentStatus.DRAFT).build(), ListSort.UPDATED, Order.DESC, first));
    shapes.put(
        "status, page n",
        ContentListing.query(
            filter().statuses(ContentStatus.DRAFT).build(), ListSort.UPDATED, Order.DESC, later));
    shapes.put(
        "tag",
        ContentListing.query(filter().tags("tag3").build(), ListSort.UPDATED, Order.DESC, first));
    shapes.put(
        "type",
        ContentListing.query(
            filter().types(ContentType.NEWSLETTER).build(), ListSort.UPDATED, Order.DESC, first));
    shapes.put(
        "author",
        ContentListing.query(
            filter().authors(UUID.fromString(AUTHOR)).build(),
            ListSort.UPDATED,
            Order.DESC,
            first));
    shapes.put("title", ContentListing.query(ListFilter.LIVE, ListSort.TITLE, Order.ASC, first));
    shapes.put(
        "created", ContentListing.query(ListFilter.LIVE, ListSort.CREATED, Order.ASC, first));
    shapes.put(
        "published", ContentListing.query(ListFilter.LIVE, ListSort.PUBLISHED, Order.DESC, first));
    shapes.put(
        "trash",
        ContentListing.query(filter().trashed().build(), ListSort.UPDATED, Order.DESC, first));

    shapes.forEach(
        (name, sql) -> {
          String plan =
              String.join(
                  "\n",
                  jdbc.sql("explain " + sql.text())
                      .params(sql.params())
                      .query(String.class)
                      .list());
          assertThat(plan).as(name + ":\n" + plan).contains("Index").doesNotContain("Seq Scan");
        });
  }

  @Test
  void withoutTheListIndexesTheSameShapesReadTheWholeTable() {
    seed(20_000);
    for (String index :
        jdbc.sql("select indexname from pg_indexes where indexname like 'content_items_live_%'")
            .query(String.class)
            .list()) {
      jdbc.sql("drop index " + index).update();
    }
    Sql sql =
        ContentListing.query(
            ListFilter.LIVE, ListSort.UPDATED, Order.DESC, PageRequest.of(null, 25, 25, 100));

    assertThat(plan(sql)).contains("Seq Scan on content_items");
  }

  private String plan(Sql sql) {
    return String.join(
        "\n", jdbc.sql("explain " + sql.text()).params(sql.params()).query(String.class).list());
  }

  private void seed(int n) {
    jdbc.sql(
            """
            insert into content_items (id, type, status, title, slug, summary, body, tags,
                channels, author_id, created_at, updated_at, published_at, trashed_at)
            select gen_random_uuid(),
              (array['article','blog-post','social-post','video-script','newsletter'])[1 + g % 5],
              (array['idea','draft','draft','draft','in-review','approved','scheduled',
                     'published','published','archived'])[1 + (g * 7) % 10],
              'Title ' || md5(g::text), 'slug-' || g, 'A summary',
              repeat('lorem ipsum dolor sit amet ' || md5(g::text) || ' ', 30),
              array['tag' || (g % 40), 'tag' || (g % 7 + 40)],
              case when g % 3 = 0 then array['blog', 'bluesky'] else array['linkedin'] end,
              ('00000000-0000-7000-8000-' || lpad((g % 20)::text, 12, '0'))::uuid,
              now() - make_interval(mins => g), now() - make_interval(mins => (g * 13) % ?),
              case when (g * 7) % 10 in (7, 8) then now() - make_interval(mins => g) end,
              case when g % 50 = 0 then now() end
            from generate_series(1, ?) g
            """)
        .params(n, n)
        .update();
    jdbc.sql("analyze content_items").update();
  }
}
