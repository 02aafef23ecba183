package ai.trae.content.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentItems;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemCache;
import ai.trae.content.item.ItemContent;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.platform.web.ProblemException;
import ai.trae.support.DataSliceTest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.ErrorResponseException;

@DataSliceTest
@Import({ContentItems.class, ItemCache.class, ContentSearch.class})
class ContentSearchTests {

  @Autowired ContentItems items;
  @Autowired ContentSearch search;
  @Autowired JdbcClient jdbc;

  private int slugs;

  @Test
  void aTitleMatchOutranksABodyMatch() {
    UUID inBody = save(ContentType.ARTICLE, "Weekly notes", null, "We talk about kubernetes here.");
    UUID inTitle = save(ContentType.ARTICLE, "Kubernetes for creators", null, "Nothing else.");
    save(ContentType.ARTICLE, "Unrelated", null, "Gardening.");

    List<ContentSearch.Hit> hits = hits("kubernetes");

    assertThat(hits).extracting(ContentSearch.Hit::id).containsExactly(inTitle, inBody);
    assertThat(hits.get(0).rank()).isGreaterThan(hits.get(1).rank());
  }

  @Test
  void stemsAndNamesBothMatch() {
    UUID id =
        save(ContentType.ARTICLE, "Launch plan", "Launching Tuesday", "Ada Lovelace launches it.");

    assertThat(hits("launched")).extracting(ContentSearch.Hit::id).containsExactly(id);
    assertThat(hits("\"Ada Lovelace\"")).extracting(ContentSearch.Hit::id).containsExactly(id);
    assertThat(hits("launch -lovelace")).isEmpty();
  }

  @Test
  void tagsAreSearched() {
    UUID id = save(ContentType.ARTICLE, "Notes", null, "Body", List.of("ferrets"));

    assertThat(hits("ferrets")).extracting(ContentSearch.Hit::id).containsExactly(id);
  }

  @Test
  void aTypoInATitleStillFindsIt() {
    UUID id = save(ContentType.ARTICLE, "Kubernetes deployment guide", null, "Text.");
    UUID shortWord = save(ContentType.ARTICLE, "Spring launch", null, "Text.");

    assertThat(hits("kubernets")).extracting(ContentSearch.Hit::id).containsExactly(id);
    assertThat(hits("deploymnet")).extracting(ContentSearch.Hit::id).containsExactly(id);
    assertThat(hits("launhc")).extracting(ContentSearch.Hit::id).containsExactly(shortWord);
  }

  @Test
  void highlightsAreMarkedAndEverythingElseEscaped() {
    save(
        ContentType.ARTICLE,
        "<b>Ferret</b> care",
        "<script>alert(1)</script>",
        "Ferret & \"friends\" <script>alert(1)</script> <img src=x onerror=alert(1)>"
            + " \uE000fake\uE001 ferret food.");

    ContentSearch.Hit hit = hits("ferret").getFirst();

    assertThat(hit.titleHighlight()).isEqualTo("&lt;b&gt;<mark>Ferret</mark>&lt;/b&gt; care");
    assertThat(hit.snippet())
        .contains("<mark>Ferret</mark> &amp; &quot;friends&quot;")
        .contains("&lt;img src=x onerror=alert(1)&gt;")
        .contains("fake")
        .doesNotContain("<script", "<img", "<b>", "\uE000", "\uE001");
    assertThat(hit.snippet().replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");
  }

  @Test
  void aOneWordSearchFollowsRenamesTrashAndRestoreThroughTheTitleTerms() {
    UUID id = save(ContentType.ARTICLE, "Ferret care", null, "x");
    assertThat(hits("ferret")).extracting(ContentSearch.Hit::id).containsExactly(id);

    jdbc.sql("update content_items set title = 'Otter care', updated_at = now() where id = ?")
        .param(id)
        .update();
    assertThat(hits("ferret")).isEmpty();
    assertThat(hits("otter")).extracting(ContentSearch.Hit::id).containsExactly(id);

    jdbc.sql("update content_items set trashed_at = now() where id = ?").param(id).update();
    assertThat(hits("otter")).isEmpty();
    jdbc.sql("update content_items set trashed_at = null where id = ?").param(id).update();
    assertThat(hits("otter")).extracting(ContentSearch.Hit::id).containsExactly(id);

    jdbc.sql("delete from content_items where id = ?").param(id).update();
    assertThat(
            jdbc.sql("select count(*) from content_title_terms where item_id = ?")
                .param(id)
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void filtersByTypeAndStatusAndLeavesOutTheTrash() {
    UUID article = save(ContentType.ARTICLE, "Ferret article", null, "x");
    UUID post = save(ContentType.SOCIAL_POST, "Ferret post", null, "x");
    UUID trashed = save(ContentType.ARTICLE, "Ferret trashed", null, "x");
    jdbc.sql("update content_items set trashed_at = now() where id = ?").param(trashed).update();
    jdbc.sql("update content_items set status = 'published' where id = ?").param(post).update();

    assertThat(search("ferret", List.of(ContentType.ARTICLE), List.of(), null, 25).items())
        .extracting(ContentSearch.Hit::id)
        .containsExactly(article);
    assertThat(search("ferret", List.of(), List.of(ContentStatus.PUBLISHED), null, 25).items())
        .extracting(ContentSearch.Hit::id)
        .containsExactly(post);
    assertThat(hits("ferret")).extracting(ContentSearch.Hit::id).doesNotContain(trashed);
  }

  @Test
  void pagesByRankThenId() {
    for (int i = 0; i < 5; i++) {
      save(ContentType.ARTICLE, "Ferret " + i, null, "ferret ".repeat(i + 1));
    }
    List<ContentSearch.Hit> all = hits("ferret");
    Page<ContentSearch.Hit> first = search("ferret", List.of(), List.of(), null, 2);
    Page<ContentSearch.Hit> second = search("ferret", List.of(), List.of(), first.nextCursor(), 2);
    Page<ContentSearch.Hit> third = search("ferret", List.of(), List.of(), second.nextCursor(), 2);

    assertThat(all).hasSize(5);
    assertThat(first.items()).containsExactlyElementsOf(all.subList(0, 2));
    assertThat(second.items()).containsExactlyElementsOf(all.subList(2, 4));
    assertThat(third.items()).containsExactlyElementsOf(all.subList(4, 5));
    assertThat(third.nextCursor()).isNull();
  }

  @Test
  void titleMatchesComeFirstThenTheRestEachNewestChangeFirst() {
    UUID oldTitle = saveAt(hoursAgo(5), "Ferret basics", null, "x", List.of());
    UUID newBody = saveAt(hoursAgo(1), "Weekly notes", "All about ferrets", "x", List.of());
    UUID newTitle = saveAt(hoursAgo(3), "Ferret news", null, "x", List.of());
    UUID oldTag = saveAt(hoursAgo(4), "Notes", null, "x", List.of("ferret"));
    UUID oldBody = saveAt(hoursAgo(6), "Diary", null, "We met a ferret.", List.of());

    List<ContentSearch.Hit> hits = hits("ferret");

    assertThat(hits)
        .extracting(ContentSearch.Hit::id)
        .containsExactly(newTitle, oldTitle, newBody, oldTag, oldBody);
    assertThat(hits).extracting(ContentSearch.Hit::rank).containsExactly(1.0, 1.0, 0.5, 0.5, 0.5);
    assertThat(hits).extracting(ContentSearch.Hit::tier).containsExactly(1, 1, 2, 2, 2);
  }

  @Test
  void aCursorCarriesOnFromTheTitleTierIntoTheRest() {
    List<UUID> titles = new ArrayList<>();
    List<UUID> bodies = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      titles.add(saveAt(hoursAgo(10 + i), "Ferret " + i, null, "x", List.of()));
      bodies.add(saveAt(hoursAgo(i), "Note " + i, null, "a ferret " + i, List.of()));
    }
    Page<ContentSearch.Hit> first = search("ferret", List.of(), List.of(), null, 2);
    Page<ContentSearch.Hit> second = search("ferret", List.of(), List.of(), first.nextCursor(), 2);
    Page<ContentSearch.Hit> third = search("ferret", List.of(), List.of(), second.nextCursor(), 2);

    assertThat(first.items())
        .extracting(ContentSearch.Hit::id)
        .containsExactly(titles.get(0), titles.get(1));
    assertThat(second.items())
        .extracting(ContentSearch.Hit::id)
        .containsExactly(titles.get(2), bodies.get(0));
    assertThat(third.items())
        .extracting(ContentSearch.Hit::id)
        .containsExactly(bodies.get(1), bodies.get(2));
    assertThat(third.nextCursor()).isNull();
  }

  @Test
  void theTypoPassRunsOnlyWhenNothingMatchesExactly() {
    UUID guide = save(ContentType.ARTICLE, "Kubernetes deployment guide", null, "Text.");
    UUID misspelt = save(ContentType.ARTICLE, "Notes", null, "People write deploymnet.");

    // the guide's title word is close to this one too, but an exact match is there
    assertThat(hits("deploymnet")).extracting(ContentSearch.Hit::id).containsExactly(misspelt);
    List<ContentSearch.Hit> close = hits("deploymen");
    assertThat(close).extracting(ContentSearch.Hit::id).containsExactly(guide);
    assertThat(close.getFirst().rank()).isBetween(0.2, 0.4);
    assertThat(close.getFirst().tier()).isEqualTo(3);
    assertThat(close.getFirst().snippet()).isEqualTo("Text.");
  }

  @Test
  void stopWordsMatchAsTypedWithoutBeingRequired() {
    UUID plan = save(ContentType.ARTICLE, "Launch plan", null, "x");
    UUID art = save(ContentType.ARTICLE, "The art of war and peace", null, "x");

    assertThat(hits("the launch")).extracting(ContentSearch.Hit::id).containsExactly(plan);
    assertThat(hits("the of and")).extracting(ContentSearch.Hit::id).containsExactly(art);
    assertThat(hits("\"art of war\"")).extracting(ContentSearch.Hit::id).containsExactly(art);
  }

  @Test
  void aCursorOfAnotherShapeOrTierIsABadRequest() {
    save(ContentType.ARTICLE, "Ferret", null, "x");

    assertThatThrownBy(
            () ->
                search("ferret", List.of(), List.of(), Cursors.encode(1000, UUID.randomUUID()), 2))
        .isInstanceOf(ErrorResponseException.class);
    assertThatThrownBy(
            () ->
                search(
                    "ferret",
                    List.of(),
                    List.of(),
                    Cursors.encode(9, Instant.now(), UUID.randomUUID()),
                    2))
        .isInstanceOf(ErrorResponseException.class);
  }

  @Test
  void hostileQueryTextIsJustText() {
    save(ContentType.ARTICLE, "Robert'); drop table content_items;--", null, "x");
    List<String> hostile =
        List.of(
            "'",
            "\"",
            "\"unclosed",
            "&|!:*()",
            "a & b | !c:*",
            "\\",
            "\\\\' or 1=1 --",
            "(((",
            "<->",
            "the of and",
            "-",
            "--",
            "or",
            "%",
            "_",
            "\u0000 nul",
            "\uD83D\uDE00",
            "drop table content_items");
    for (String q : hostile) {
      SearchText text = SearchText.of(q);
      if (text != null) {
        search.search(text, List.of(), List.of(), PageRequest.of(null, 10, 10, 10));
      }
    }
    assertThat(hits("drop table")).hasSize(1);
    assertThat(hits("\u0000robert")).hasSize(1);
  }

  @Test
  void refusesOverlongQueries() {
    assertThatThrownBy(() -> SearchText.of("a".repeat(10_000)))
        .isInstanceOf(ProblemException.class);
    assertThat(SearchText.of("a".repeat(SearchText.MAX_LENGTH))).isNotNull();
    assertThat(SearchText.of("  \t ")).isNull();
  }

  @Test
  void theSharedConditionMatchesWhatSearchFinds() {
    UUID id = save(ContentType.ARTICLE, "Kubernetes guide", null, "x");
    SearchText text = SearchText.of("kubernets");

    List<UUID> found =
        jdbc.sql("select i.id from content_items i where " + SearchText.condition("i"))
            .params(text.params())
            .query(UUID.class)
            .list();

    assertThat(found).containsExactly(id);
  }

  private List<ContentSearch.Hit> hits(String q) {
    return search(q, List.of(), List.of(), null, 100).items();
  }

  private Page<ContentSearch.Hit> search(
      String q,
      List<ContentType> types,
      List<ContentStatus> statuses,
      @Nullable String cursor,
      int limit) {
    return search.search(
        SearchText.of(q), types, statuses, PageRequest.of(cursor, limit, limit, 100));
  }

  private UUID save(ContentType type, String title, @Nullable String summary, String body) {
    return save(type, title, summary, body, List.of());
  }

  private UUID save(
      ContentType type, String title, @Nullable String summary, String body, List<String> tags) {
    return save(type, title, summary, body, tags, Instant.now());
  }

  private UUID saveAt(
      Instant at, String title, @Nullable String summary, String body, List<String> tags) {
    return save(ContentType.ARTICLE, title, summary, body, tags, at);
  }

  private static Instant hoursAgo(int hours) {
    return Instant.now().minusSeconds(3600L * hours);
  }

  private UUID save(
      ContentType type,
      String title,
      @Nullable String summary,
      String body,
      List<String> tags,
      Instant now) {
    UUID id = UUID.randomUUID();
    items.insert(
        new ContentItem(
            id,
            type,
            ContentStatus.DRAFT,
            new ItemContent(
                title,
                "slug-" + slugs++,
                summary,
                body,
                tags,
                null,
                ItemContent.Seo.NONE,
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of()),
            UUID.randomUUID(),
            now,
            now,
            null,
            null,
            null,
            1,
            1));
    return id;
  }
}
