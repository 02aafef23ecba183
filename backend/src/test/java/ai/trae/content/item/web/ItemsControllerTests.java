package ai.trae.content.item.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.Items;
import ai.trae.content.item.NewItem;
import ai.trae.content.item.VersionSource;
import ai.trae.identity.People;
import ai.trae.identity.Person;
import ai.trae.identity.UserId;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.VersionConflictException;
import ai.trae.platform.web.Versioned;
import ai.trae.support.ControllerTest;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** The items controller alone: request mapping, the API shape, preconditions and refusals. */
@ControllerTest(ItemsController.class)
class ItemsControllerTests {

  static final CurrentUser ADA =
      new CurrentUser(UUID.randomUUID(), "ada@example.test", UUID.randomUUID(), null);
  static final Instant AT = Instant.parse("2026-12-01T10:00:00Z");

  @Autowired MockMvcTester mvc;
  @MockitoBean Items items;
  @MockitoBean People people;

  @Test
  void aCreateIsMappedToTheServiceAndAnswered201WithLocationETagAndTheContractShape() {
    ContentItem created = item(ContentStatus.IDEA, 1);
    given(items.create(any(), any())).willReturn(created);
    given(people.findAll(any()))
        .willReturn(
            Map.of(
                UserId.of(ADA.userId()),
                new Person(
                    UserId.of(ADA.userId()),
                    "Ada Lovelace",
                    "AL",
                    "AUTHOR",
                    Person.Status.ACTIVE)));

    assertThat(
            post(
                "/api/v1/content",
                """
                {"type": "article", "title": "Hello", "status": "idea", "tags": ["a"],
                 "variants": [{"channel": "bluesky", "body": "Hi"}], "note": "first"}
                """))
        .hasStatus(201)
        .hasHeader("Location", "/api/v1/content/" + created.id())
        .hasHeader("ETag", "\"1\"")
        .bodyJson()
        .isLenientlyEqualTo(
            """
            {"id": "%s", "type": "article", "status": "idea", "title": "Hello", "slug": "hello",
             "summary": null, "body": "Body", "tags": ["a"], "coverMediaId": null,
             "seo": {"metaTitle": null, "metaDescription": null, "canonicalUrl": null},
             "channels": [], "variants": [{"channel": "bluesky", "title": null, "body": "Hi"}],
             "subject": null, "sections": [],
             "author": {"id": "%s", "displayName": "Ada Lovelace", "initials": "AL"},
             "coAuthors": [], "createdAt": "2026-12-01T10:00:00Z", "publishedAt": null,
             "scheduledAt": null, "trashedAt": null, "version": 1, "currentVersion": 1,
             "allowedActions": ["start", "archive"],
             "permissions": {"edit": true, "trash": true, "delete": false}}
            """
                .formatted(created.id(), ADA.userId()));

    ArgumentCaptor<NewItem> sent = ArgumentCaptor.forClass(NewItem.class);
    verify(items).create(sent.capture(), any());
    assertThat(sent.getValue().type()).isEqualTo(ContentType.ARTICLE);
    assertThat(sent.getValue().status()).isEqualTo(ContentStatus.IDEA);
    assertThat(sent.getValue().source()).isEqualTo(VersionSource.UI);
    assertThat(sent.getValue().note()).isEqualTo("first");
    assertThat(sent.getValue().content().slug()).as("blank: the service makes one").isEmpty();
    assertThat(sent.getValue().content().variants().getFirst().title()).isNull();
  }

  @Test
  void anUnknownTypeOrStatusIs400AndNeverReachesTheService() {
    assertThat(post("/api/v1/content", "{\"type\": \"poem\", \"title\": \"x\"}"))
        .hasStatus(400)
        .bodyJson()
        .isLenientlyEqualTo(
            "{\"type\": \"/problems/validation-failed\", \"errors\": [{\"field\": \"type\"}]}");
    assertThat(
            post(
                "/api/v1/content",
                "{\"type\": \"article\", \"title\": \"x\", \"status\": \"approved\"}"))
        .hasStatus(400);
    assertThat(post("/api/v1/content", "{\"title\": \"x\"}")).hasStatus(400);
    verifyNoInteractions(items);
  }

  @Test
  void anUpdateWithoutIfMatchIs428BeforeTheService() {
    assertThat(
            mvc.put()
                .uri("/api/v1/content/" + UUID.randomUUID())
                .with(signedIn())
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"x\"}"))
        .hasStatus(428)
        .bodyJson()
        .extractingPath("$.type")
        .isEqualTo("/problems/precondition-required");
    verifyNoInteractions(items);
  }

  @Test
  void aLostUpdateIs412CarryingTheStoredItem() {
    ContentItem stored = item(ContentStatus.DRAFT, 4);
    given(items.update(eq(stored.id()), any(), any(), any(), isNull()))
        .willThrow(new VersionConflictException(Versioned.of(Map.of("title", "Theirs"), 4)));

    assertThat(
            mvc.put()
                .uri("/api/v1/content/" + stored.id())
                .with(signedIn())
                .with(csrf())
                .header("If-Match", "\"3\"")
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"title\": \"Mine\"}"))
        .hasStatus(412)
        .hasHeader("ETag", "\"4\"")
        .bodyJson()
        .isLenientlyEqualTo(
            "{\"type\": \"/problems/version-conflict\", \"current\": {\"title\": \"Theirs\"}}");
  }

  @Test
  void aTransitionWithoutIfMatchPassesNoPrecondition() {
    ContentItem moved = item(ContentStatus.IN_REVIEW, 2);
    given(
            items.transition(
                eq(moved.id()),
                eq("submit"),
                isNull(),
                isNull(),
                isNull(),
                any(),
                eq(VersionSource.TRANSITION)))
        .willReturn(moved);

    assertThat(post("/api/v1/content/" + moved.id() + "/transitions", "{\"action\": \"submit\"}"))
        .hasStatusOk()
        .hasHeader("ETag", "\"2\"")
        .bodyJson()
        .extractingPath("$.status")
        .isEqualTo("in-review");
  }

  @Test
  void theTypesAreDescribedWithTheirLimits() {
    var types = assertThat(mvc.get().uri("/api/v1/content/types").with(signedIn()));
    types.hasStatusOk();
    types
        .bodyJson()
        .extractingPath("$.items[0]")
        .isEqualTo(
            Map.of(
                "type", "article",
                "label", "Article",
                "seo", true,
                "summary", true,
                "sections", false,
                "subject", false,
                "limits", Map.of("title", 200, "summary", 500, "body", 200000)));
    types.bodyJson().extractingPath("$.items[4].limits.subject").isEqualTo(150);
    types.bodyJson().extractingPath("$.channelLimits.bluesky").isEqualTo(300);
  }

  private MockMvcTester.MockMvcRequestBuilder post(String uri, String json) {
    return mvc.post()
        .uri(uri)
        .with(signedIn())
        .with(csrf())
        .contentType(MediaType.APPLICATION_JSON)
        .content(json);
  }

  private static ContentItem item(ContentStatus status, long version) {
    ItemContent content =
        new ItemContent(
            "Hello",
            "hello",
            null,
            "Body",
            List.of("a"),
            null,
            ItemContent.Seo.NONE,
            List.of(),
            List.of(new ItemContent.Variant("bluesky", null, "Hi")),
            null,
            List.of(),
            List.of());
    return new ContentItem(
        UUID.randomUUID(),
        ContentType.ARTICLE,
        status,
        content,
        ADA.userId(),
        AT,
        AT,
        null,
        null,
        null,
        version,
        (int) version);
  }

  private static RequestPostProcessor signedIn() {
    return authentication(
        new TestingAuthenticationToken(ADA, null, "content:read", "content:write-own"));
  }
}
