package ai.trae.content.search.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.search.ContentSearch;
import ai.trae.content.search.SearchText;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.Page;
import ai.trae.support.ControllerTest;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The search endpoint's web layer: parameters in, the contract's shape out. */
@ControllerTest(SearchController.class)
class SearchControllerTests {

  static final CurrentUser READER =
      new CurrentUser(UUID.randomUUID(), "reader@example.com", UUID.randomUUID(), null);

  @Autowired MockMvcTester mvc;
  @MockitoBean ContentSearch search;

  @Test
  void answersHitsInTheContractsShape() {
    UUID id = UUID.fromString("0193e8a0-0000-7000-8000-000000000001");
    given(
            search.search(
                eq(new SearchText("launch")),
                eq(List.of(ContentType.BLOG_POST)),
                eq(List.of(ContentStatus.DRAFT, ContentStatus.PUBLISHED)),
                any()))
        .willReturn(
            new Page<>(
                List.of(
                    new ContentSearch.Hit(
                        id,
                        ContentType.BLOG_POST,
                        ContentStatus.DRAFT,
                        "Launch",
                        "launch",
                        Instant.parse("2026-12-01T10:00:00Z"),
                        0.5,
                        "<mark>Launch</mark>",
                        "the <mark>launch</mark>",
                        1)),
                "next"));

    assertThat(
            mvc.get()
                .uri("/api/v1/content/search?q= launch &type=blog-post&status=draft,published")
                .with(signedIn()))
        .hasStatusOk()
        .bodyJson()
        .isStrictlyEqualTo(
            """
            {"items": [{"id": "0193e8a0-0000-7000-8000-000000000001", "type": "blog-post",
              "status": "draft", "title": "Launch", "slug": "launch",
              "updatedAt": "2026-12-01T10:00:00Z", "rank": 0.5,
              "titleHighlight": "<mark>Launch</mark>", "snippet": "the <mark>launch</mark>"}],
             "nextCursor": "next"}
            """);
  }

  @Test
  void badParametersNeverReachTheSearch() {
    assertThat(mvc.get().uri("/api/v1/content/search?q=x&type=poem").with(signedIn()))
        .hasStatus(400);
    assertThat(mvc.get().uri("/api/v1/content/search?q=x&status=lost").with(signedIn()))
        .hasStatus(400);
    assertThat(mvc.get().uri("/api/v1/content/search?q=" + "x".repeat(201)).with(signedIn()))
        .hasStatus(400)
        .bodyJson()
        .extractingPath("$.type")
        .isEqualTo("/problems/bad-request");
    assertThat(mvc.get().uri("/api/v1/content/search?q=x&limit=101").with(signedIn()))
        .hasStatus(400);
    assertThat(mvc.get().uri("/api/v1/content/search").param("q", " \t ").with(signedIn()))
        .hasStatusOk()
        .bodyJson()
        .isLenientlyEqualTo("{\"items\": []}");
    verifyNoInteractions(search);
  }

  private static RequestPostProcessor signedIn() {
    return authentication(new TestingAuthenticationToken(READER, null, "content:read"));
  }
}
