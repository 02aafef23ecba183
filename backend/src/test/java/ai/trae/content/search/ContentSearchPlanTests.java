package ai.trae.content.search;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.search.ContentSearch.Tier;
import ai.trae.support.DataSliceTest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The tiers' plans on 20,000 seeded items (after ANALYZE, with the word known at planning time as
 * ContentSearch makes sure): a word in half of the titles walks the live items newest first and
 * stops at the page; a word in a few titles or bodies is read from a GIN index and its few matches
 * sorted. Neither reads the whole table nor ranks every match. V2026_12_02_1060 names the indexes.
 */
@DataSliceTest
class ContentSearchPlanTests {

  @Autowired JdbcClient jdbc;

  private void seed() {
    // titles: "common" in every other one, "rareword" in one of 2,000; bodies: "bodyword" in
    // one of 500
    jdbc.sql(
            """
            insert into content_items (id, type, status, title, slug, summary, body, tags,
                author_id, created_at, updated_at)
            select gen_random_uuid(), 'article', 'draft',
              case when g % 2 = 0 then 'common ' else '' end
                || case when g % 2000 = 0 then 'rareword ' else '' end
                || 'title ' || md5(g::text),
              'slug-' || g, 'A summary',
              repeat('lorem ipsum dolor ' || md5(g::text) || ' ', 10)
                || case when g % 500 = 0 then ' bodyword' else '' end,
              array['tag' || (g % 30)],
              '00000000-0000-7000-8000-000000000001',
              now() - make_interval(mins => g), now() - make_interval(mins => g)
            from generate_series(1, 20000) g
            """)
        .update();
    jdbc.sql("analyze content_items").update();
  }

  @Test
  void aOneWordTitleTierReadsTheEndOfTheWordsRangeOfTitleTermsWhateverTheWord() {
    seed();
    jdbc.sql("analyze content_title_terms").update();

    for (String word : List.of("common", "title")) {
      String plan = plan(Tier.TITLE, word);
      // the page's own rows may be sorted once more on the way out, never the word's matches
      assertThat(plan)
          .as(plan)
          .containsPattern("Index (Only )?Scan Backward using content_title_terms_pkey")
          .doesNotContain("Seq Scan", "Bitmap", "Sort Key: t.");
    }
    // a rare word's ten matches may as well be sorted
    String rare = plan(Tier.TITLE, "rareword");
    assertThat(rare).as(rare).contains("content_title_terms_pkey").doesNotContain("Seq Scan");
  }

  @Test
  void eachMultiWordTierPlanFitsHowCommonItsWordsAre() {
    seed();
    String plan = plan(Tier.TITLE, "common title");

    assertThat(plan)
        .as(plan)
        .containsPattern(
            "Index (Only )?Scan Backward using content_items_live_(title_words|updated)_idx")
        .doesNotContain("Seq Scan", "Bitmap", "Sort");

    String title = plan(Tier.TITLE, "rareword title");
    String elsewhere = plan(Tier.ELSEWHERE, "bodyword");

    assertThat(title)
        .as(title)
        .contains("Bitmap Index Scan on content_items_title_search_idx")
        .doesNotContain("Seq Scan");
    assertThat(elsewhere)
        .as(elsewhere)
        .contains("Bitmap Index Scan on content_items_search_idx")
        .doesNotContain("Seq Scan");
  }

  @Test
  void theFewRowsLeftAfterATitleTierStillReadARareWordFromTheGinIndex() {
    seed();
    // what is left of a page of 26 after a title tier found 21: walking the items newest first
    // would look priced for five rows, and read hundreds per match
    String elsewhere = plan(Tier.ELSEWHERE, "bodyword", 5);

    assertThat(elsewhere)
        .as(elsewhere)
        .contains("Bitmap Index Scan on content_items_search_idx")
        .doesNotContain("Seq Scan", "Index Scan Backward using content_items_live_updated_idx");
  }

  private String plan(Tier tier, String word) {
    return plan(tier, word, 26);
  }

  private String plan(Tier tier, String word, int limit) {
    SearchSql.Statement statement = SearchSql.tier(tier, SearchText.of(word)).page(limit);
    return String.join(
        "\n",
        jdbc.sql("explain " + statement.sql())
            .params(statement.params())
            .query(String.class)
            .list());
  }
}
