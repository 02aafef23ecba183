package ai.trae.content.listing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Seo;
import ai.trae.content.listing.BulkAction;
import ai.trae.content.listing.ContentBulk;
import ai.trae.content.listing.ContentBulk.Failure;
import ai.trae.content.listing.ContentBulk.Result;
import ai.trae.content.listing.ContentFacets.Count;
import ai.trae.content.listing.ContentFacets.Facets;
import ai.trae.content.listing.ContentLists;
import ai.trae.content.listing.ContentLists.FacetCounts;
import ai.trae.content.listing.ContentLists.Listing;
import ai.trae.content.listing.ListFilter;
import ai.trae.content.listing.ListFilter.Range;
import ai.trae.content.listing.ListSort;
import ai.trae.content.listing.ListSort.Order;
import ai.trae.content.listing.ListedItem;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import ai.trae.support.ControllerTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** How the list, facet and bulk endpoints read their parameters and answer. */
@ControllerTest({ContentListController.class, BulkController.class})
class ContentListControllerTests {

  static final CurrentUser AUTHOR =
      new CurrentUser(UUID.randomUUID(), "author@example.com", UUID.randomUUID(), null);
  static final UUID OTHER = UUID.fromString("00000000-0000-7000-8000-0000000000aa");

  @Autowired MockMvcTester mvc;
  @MockitoBean ContentLists lists;
  @MockitoBean ContentBulk bulk;

  @Test
  void everyFilterSortAndPageParameterReachesTheQuery() {
    given(lists.list(any(), any(), any(), any()))
        .willReturn(new Listing(new Page<>(List.of(), null), Map.of()));

    assertThat(
            mvc.get()
                .uri(
                    "/api/v1/content?status=draft&status=in-review&type=newsletter&tag=launch"
                        + "&tag=ai&author="
                        + OTHER
                        + "&channel=bluesky&createdFrom=2026-01-01T00:00:00Z"
                        + "&createdTo=2026-02-01T00:00:00Z&updatedFrom=2026-03-01T00:00:00Z"
                        + "&publishedTo=2026-04-01T00:00:00Z&q=launch&trashed=true"
                        + "&sort=title&order=asc&limit=10")
                .with(signedIn()))
        .hasStatusOk();

    ArgumentCaptor<ListFilter> filter = ArgumentCaptor.forClass(ListFilter.class);
    ArgumentCaptor<PageRequest> page = ArgumentCaptor.forClass(PageRequest.class);
    verify(lists).list(filter.capture(), eq(ListSort.TITLE), eq(Order.ASC), page.capture());
    assertThat(filter.getValue())
        .isEqualTo(
            new ListFilter(
                Set.of(ContentStatus.DRAFT, ContentStatus.IN_REVIEW),
                Set.of(ContentType.NEWSLETTER),
                Set.of("launch", "ai"),
                Set.of(OTHER),
                Set.of("bluesky"),
                new Range(
                    Instant.parse("2026-01-01T00:00:00Z"), Instant.parse("2026-02-01T00:00:00Z")),
                new Range(Instant.parse("2026-03-01T00:00:00Z"), null),
                new Range(null, Instant.parse("2026-04-01T00:00:00Z")),
                "launch",
                true));
    assertThat(page.getValue().limit()).isEqualTo(10);
    assertThat(page.getValue().after()).isNull();
  }

  @Test
  void withoutParametersTheListIsTheLiveItemsNewestChangeFirst() {
    given(lists.list(any(), any(), any(), any()))
        .willReturn(new Listing(new Page<>(List.of(), null), Map.of()));

    assertThat(mvc.get().uri("/api/v1/content").with(signedIn())).hasStatusOk();

    ArgumentCaptor<PageRequest> page = ArgumentCaptor.forClass(PageRequest.class);
    verify(lists).list(eq(ListFilter.LIVE), eq(ListSort.UPDATED), eq(Order.DESC), page.capture());
    assertThat(page.getValue().limit()).isEqualTo(25);
  }

  @Test
  void aRowIsTheSummaryWithNamesSnippetAndWhatTheCallerMayDo() {
    UUID id = UUID.fromString("0193aaaa-0000-7000-8000-000000000001");
    ContentItem item =
        new ContentItem(
            id,
            ContentType.ARTICLE,
            ContentStatus.DRAFT,
            new ItemContent(
                "Launch",
                "launch",
                "Sum",
                "",
                List.of("ai"),
                null,
                Seo.NONE,
                List.of("blog"),
                List.of(),
                null,
                List.of(),
                List.of(OTHER)),
            AUTHOR.userId(),
            Instant.parse("2026-01-01T00:00:00Z"),
            Instant.parse("2026-01-02T00:00:00Z"),
            null,
            null,
            null,
            3,
            2);
    given(lists.list(any(), any(), any(), any()))
        .willReturn(
            new Listing(
                new Page<>(List.of(new ListedItem(item, "We ship today")), "next"),
                Map.of(
                    UserId.of(AUTHOR.userId()),
                    new Person(
                        UserId.of(AUTHOR.userId()),
                        "Ada Lovelace",
                        "AL",
                        "AUTHOR",
                        Person.Status.ACTIVE))));

    assertThat(mvc.get().uri("/api/v1/content").with(signedIn()))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"items": [{"id": "%s", "type": "article", "status": "draft", "title": "Launch",
              "slug": "launch", "summary": "Sum", "snippet": "We ship today", "tags": ["ai"],
              "channels": ["blog"],
              "author": {"id": "%s", "displayName": "Ada Lovelace", "initials": "AL"},
              "coAuthors": [{"id": "%s", "displayName": "Unknown user", "initials": "?"}],
              "createdAt": "2026-01-01T00:00:00Z", "updatedAt": "2026-01-02T00:00:00Z",
              "publishedAt": null, "trashedAt": null, "version": 3, "currentVersion": 2,
              "allowedActions": ["submit", "archive"],
              "permissions": {"edit": true, "trash": true, "delete": false}}],
             "nextCursor": "next"}
            """
                .formatted(id, AUTHOR.userId(), OTHER));
  }

  @Test
  void unknownNamesAndMalformedValuesAreBadRequestsNamingTheParameter() {
    for (String query :
        List.of(
            "status=bogus",
            "type=essay",
            "sort=popularity",
            "order=up",
            "limit=0",
            "limit=101",
            "createdFrom=yesterday",
            "author=not-a-uuid",
            "trashed=maybe",
            "cursor=garbage",
            "q=" + "x".repeat(201))) {
      assertThat(mvc.get().uri("/api/v1/content?" + query).with(signedIn()))
          .as(query)
          .hasStatus(400)
          .hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
    }
    for (String query :
        List.of("status=bogus", "type=essay", "createdFrom=yesterday", "author=x", "trashed=2")) {
      assertThat(mvc.get().uri("/api/v1/content/facets?" + query).with(signedIn()))
          .as("facets " + query)
          .hasStatus(400);
    }
    assertThat(mvc.get().uri("/api/v1/content?status=bogus").with(signedIn()))
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"type": "/problems/validation-failed", "status": 400, "errors": [{"field": "status"}]}
            """);
    verifyNoInteractions(lists);
  }

  @Test
  void facetsAnswerCountsPerDimensionWithAuthorNames() {
    given(lists.facets(any()))
        .willReturn(
            new FacetCounts(
                new Facets(
                    List.of(new Count("draft", 12)),
                    List.of(new Count("article", 12)),
                    List.of(new Count("launch", 3)),
                    List.of(new Count(AUTHOR.userId().toString(), 12)),
                    12),
                Map.of(
                    UserId.of(AUTHOR.userId()),
                    new Person(
                        UserId.of(AUTHOR.userId()), "Ada", "A", "AUTHOR", Person.Status.ACTIVE))));

    assertThat(mvc.get().uri("/api/v1/content/facets?status=draft").with(signedIn()))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"status": [{"value": "draft", "count": 12}], "type": [{"value": "article", "count": 12}],
             "tag": [{"value": "launch", "count": 3}],
             "author": [{"value": "%s", "label": "Ada", "count": 12}], "total": 12}
            """
                .formatted(AUTHOR.userId()));
    verify(lists)
        .facets(
            new ListFilter(
                Set.of(ContentStatus.DRAFT),
                Set.of(),
                Set.of(),
                Set.of(),
                Set.of(),
                Range.ANY,
                Range.ANY,
                Range.ANY,
                null,
                false));
  }

  @Test
  void bulkTakesUpTo500IdsAndReportsEachRefusal() {
    UUID ok = UUID.randomUUID();
    UUID refused = UUID.randomUUID();
    given(
            bulk.apply(
                eq(BulkAction.TAG), eq(List.of(ok, refused)), eq(List.of("launch")), any(), any()))
        .willReturn(
            new Result(
                List.of(ok),
                List.of(new Failure(refused, 403, "Forbidden", "You may not edit this item."))));

    assertThat(
            bulk(
                "{\"action\": \"tag\", \"ids\": [\"%s\", \"%s\"], \"tags\": [\"launch\"]}"
                    .formatted(ok, refused)))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"updated": ["%s"], "failed": [{"id": "%s", "status": 403, "title": "Forbidden",
              "detail": "You may not edit this item."}]}
            """
                .formatted(ok, refused));
  }

  @Test
  void aBulkCallOver500IdsOrWithoutWhatItsActionNeedsIsRefusedBeforeAnyChange() {
    String ids =
        IntStream.range(0, 501)
            .mapToObj(i -> "\"" + UUID.randomUUID() + "\"")
            .collect(Collectors.joining(","));
    assertThat(bulk("{\"action\": \"archive\", \"ids\": [" + ids + "]}"))
        .hasStatus(400)
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"type": "/problems/validation-failed", "errors": [{"field": "ids"}]}
            """);
    String one = "[\"" + UUID.randomUUID() + "\"]";
    for (String body :
        List.of(
            "{\"action\": \"explode\", \"ids\": " + one + "}",
            "{\"action\": \"tag\", \"ids\": " + one + "}",
            "{\"action\": \"assign\", \"ids\": " + one + "}",
            "{\"action\": \"archive\", \"ids\": []}",
            "{\"action\": \"archive\", \"ids\": [\"nope\"]}")) {
      assertThat(bulk(body)).as(body).hasStatus(400);
    }
    verifyNoInteractions(bulk);
  }

  private MvcTestResult bulk(String body) {
    return mvc.post()
        .uri("/api/v1/content/bulk")
        .contentType(MediaType.APPLICATION_JSON)
        .content(body)
        .with(signedIn())
        .with(csrf())
        .exchange();
  }

  private static RequestPostProcessor signedIn() {
    return authentication(
        new TestingAuthenticationToken(AUTHOR, null, "content:read", "content:write-own"));
  }
}
