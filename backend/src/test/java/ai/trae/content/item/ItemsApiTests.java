package ai.trae.content.item;

import static ai.trae.content.item.ItemsClient.id;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ItemsClient.Caller;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The items API over HTTP: create, read, update with its preconditions, slugs, trash, delete. */
@IntegrationTest
class ItemsApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  ItemsClient api;
  Caller editor;

  @BeforeEach
  void client() {
    api = new ItemsClient(http, accounts, jdbc);
    editor = api.user("EDITOR");
  }

  @Test
  void aCreatedItemReadsBackWithItsETagAndVersionOne() {
    HttpResponse<String> created =
        api.create(
            """
            {"type": "article", "title": "Launch notes", "summary": "What is new",
             "body": "# Hello", "tags": ["launch", " launch ", "news"], "channels": ["blog"],
             "seo": {"metaTitle": "Launch", "canonicalUrl": "https://example.test/launch"},
             "variants": [{"channel": "bluesky", "body": "Short"}], "note": "first cut"}
            """,
            editor);

    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode item = Http.json(created);
    UUID id = id(item);
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/content/" + id);
    assertThat(created.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(item.get("status").asString()).isEqualTo("draft");
    assertThat(item.get("slug").asString()).isEqualTo("launch-notes");
    assertThat(item.get("tags").toString()).isEqualTo("[\"launch\",\"news\"]");
    assertThat(item.get("author").get("id").asString()).isEqualTo(editor.id().toString());
    assertThat(item.get("author").get("displayName").asString()).isEqualTo("EDITOR user");
    assertThat(item.get("version").asLong()).isEqualTo(1);
    assertThat(item.get("currentVersion").asInt()).isEqualTo(1);
    assertThat(item.has("coverMediaId")).as("nulls are sent").isTrue();
    assertThat(item.get("seo").has("metaDescription")).isTrue();
    assertThat(item.get("permissions").get("edit").asBoolean()).isTrue();
    assertThat(item.get("permissions").get("delete").asBoolean()).isTrue();

    HttpResponse<String> read = api.get("/api/v1/content/" + id, editor);
    assertThat(read.statusCode()).isEqualTo(200);
    assertThat(Http.json(read)).isEqualTo(item);
    assertThat(api.get("/api/v1/content/" + id, editor, "If-None-Match", "\"1\"").statusCode())
        .isEqualTo(304);
    assertThat(api.sources(id)).as("a browser session saves through the UI").containsExactly("ui");
    assertThat(
            jdbc.sql("select note from content_versions where item_id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("first cut");
    assertThat(api.audited(id)).containsExactly("content.created");
  }

  @Test
  void anUpdateNeedsIfMatchAndAStaleOneGets412WithTheStoredItem() {
    UUID id = id(api.article("Draft one", editor));
    String change = "{\"title\": \"Draft two\", \"body\": \"More\", \"note\": \"second\"}";

    HttpResponse<String> missing = api.send("PUT", "/api/v1/content/" + id, change, editor);
    assertThat(missing.statusCode()).isEqualTo(428);
    assertThat(Http.json(missing).get("type").asString())
        .isEqualTo("/problems/precondition-required");

    HttpResponse<String> saved = api.put(id, change, 1, editor);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(saved.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(Http.json(saved).get("title").asString()).isEqualTo("Draft two");
    assertThat(Http.json(saved).get("slug").asString()).as("kept").isEqualTo("draft-one");
    assertThat(Http.json(saved).get("currentVersion").asInt()).isEqualTo(2);

    HttpResponse<String> stale = api.put(id, "{\"title\": \"Lost\"}", 1, editor);
    assertThat(stale.statusCode()).isEqualTo(412);
    JsonNode problem = Http.json(stale);
    assertThat(problem.get("type").asString()).isEqualTo("/problems/version-conflict");
    assertThat(problem.get("current").get("title").asString()).isEqualTo("Draft two");
    assertThat(problem.get("current").get("version").asLong()).isEqualTo(2);
    assertThat(problem.get("current").get("allowedActions").isArray()).isTrue();
    assertThat(stale.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(api.versions(id)).isEqualTo(2);
    assertThat(api.audited(id)).containsExactly("content.created", "content.updated");
  }

  @Test
  void aRetriedCreateWithTheSameIdempotencyKeyMakesOneItem() {
    String title = "Once only " + UUID.randomUUID();
    String body = "{\"type\": \"article\", \"title\": \"%s\"}".formatted(title);
    String key = UUID.randomUUID().toString();

    HttpResponse<String> first = api.create(body, editor, "Idempotency-Key", key);
    HttpResponse<String> again = api.create(body, editor, "Idempotency-Key", key);

    assertThat(first.statusCode()).isEqualTo(201);
    assertThat(again.statusCode()).isEqualTo(201);
    assertThat(again.headers().firstValue("Idempotent-Replayed")).hasValue("true");
    assertThat(Http.json(again).get("id")).isEqualTo(Http.json(first).get("id"));
    assertThat(again.headers().firstValue("ETag")).hasValue("\"1\"");
    assertThat(
            jdbc.sql("select count(*) from content_items where title = ?")
                .param(title)
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void slugsComeFromTheTitleStayUniqueAndOldOnesRedirect() {
    String unique = UUID.randomUUID().toString().substring(0, 8);
    JsonNode first = api.article("Crème Brûlée: Straße " + unique + "!", editor);
    assertThat(first.get("slug").asString()).isEqualTo("creme-brulee-strasse-" + unique);
    JsonNode second = api.article("Crème Brûlée: Straße " + unique + "!", editor);
    assertThat(second.get("slug").asString()).isEqualTo("creme-brulee-strasse-" + unique + "-2");

    HttpResponse<String> taken =
        api.put(
            id(second),
            "{\"title\": \"x\", \"slug\": \"%s\"}".formatted(first.get("slug").asString()),
            1,
            editor);
    assertThat(taken.statusCode()).isEqualTo(409);
    assertThat(Http.json(taken).get("type").asString()).isEqualTo("/problems/slug-taken");

    String renamed = "renamed-" + unique;
    HttpResponse<String> moved =
        api.put(
            id(first), "{\"title\": \"Renamed\", \"slug\": \"%s\"}".formatted(renamed), 1, editor);
    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);

    String old = "/api/v1/content/by-slug/article/" + first.get("slug").asString();
    HttpResponse<String> redirect = api.get(old, editor);
    assertThat(redirect.statusCode()).isEqualTo(308);
    assertThat(redirect.headers().firstValue("Location"))
        .hasValue("/api/v1/content/by-slug/article/" + renamed);
    HttpResponse<String> current = api.get("/api/v1/content/by-slug/article/" + renamed, editor);
    assertThat(current.statusCode()).isEqualTo(200);
    assertThat(current.headers().firstValue("ETag")).hasValue("\"2\"");
    assertThat(Http.json(current).get("id")).isEqualTo(first.get("id"));
    assertThat(
            api.get("/api/v1/content/by-slug/article/" + renamed, editor, "If-None-Match", "\"2\"")
                .statusCode())
        .isEqualTo(304);

    HttpResponse<String> reuse =
        api.create(
            "{\"type\": \"article\", \"title\": \"t\", \"slug\": \"%s\"}"
                .formatted(first.get("slug").asString()),
            editor);
    assertThat(reuse.statusCode()).as("an old slug stays its item's").isEqualTo(409);
    assertThat(api.get("/api/v1/content/by-slug/article/nothing-" + unique, editor).statusCode())
        .isEqualTo(404);
    assertThat(api.get("/api/v1/content/by-slug/poem/" + renamed, editor).statusCode())
        .isEqualTo(404);
  }

  @Test
  void oversizedFieldsAndPanelsATypeLacksAre400WithEveryFieldNamed() {
    String longTitle = "t".repeat(201);
    String bluesky = "👨‍👩‍👧".repeat(301);
    HttpResponse<String> refused =
        api.create(
            """
            {"type": "social-post", "title": "%s", "summary": "none here",
             "seo": {"metaTitle": "x"}, "tags": ["", "%s"],
             "variants": [{"channel": "bluesky-studio", "body": "%s"}],
             "sections": [{"heading": "h", "body": "b"}]}
            """
                .formatted(longTitle, "x".repeat(61), bluesky),
            editor);

    assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
    JsonNode problem = Http.json(refused);
    assertThat(problem.get("type").asString()).isEqualTo("/problems/validation-failed");
    assertThat(problem.get("errors").findValuesAsString("field"))
        .containsExactlyInAnyOrder(
            "title", "summary", "seo", "tags[0]", "tags[1]", "variants[0].body", "sections");

    String fits = "👨‍👩‍👧".repeat(300);
    HttpResponse<String> ok =
        api.create(
            """
            {"type": "social-post", "title": "Family",
             "variants": [{"channel": "bluesky", "body": "%s"}]}
            """
                .formatted(fits),
            editor);
    assertThat(ok.statusCode()).as("300 graphemes fit, however many chars").isEqualTo(201);
  }

  @Test
  void badEnumValuesAndMalformedBodiesAre400NeverServerErrors() {
    HttpResponse<String> type = api.create("{\"type\": \"poem\", \"title\": \"x\"}", editor);
    assertThat(type.statusCode()).isEqualTo(400);
    assertThat(Http.json(type).get("errors").findValuesAsString("field")).containsExactly("type");

    HttpResponse<String> status =
        api.create("{\"type\": \"article\", \"title\": \"x\", \"status\": \"published\"}", editor);
    assertThat(status.statusCode()).isEqualTo(400);
    assertThat(Http.json(status).get("errors").findValuesAsString("field"))
        .containsExactly("status");

    assertThat(
            api.create("{\"type\": \"article\", \"title\": 5, \"tags\": {}}", editor).statusCode())
        .isEqualTo(400);
    assertThat(api.create("{\"type\": \"article\"}", editor).statusCode()).isEqualTo(400);
    assertThat(
            api.create("{\"type\": \"article\", \"title\": \"x\", \"tags\": [null]}", editor)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            api.create(
                    "{\"type\": \"article\", \"title\": \"x\", \"variants\": [{\"body\": \"b\"}]}",
                    editor)
                .statusCode())
        .isEqualTo(400);
    assertThat(
            api.create(
                    "{\"type\": \"article\", \"title\": \"x\", \"coAuthorIds\": [\"%s\"]}"
                        .formatted(UUID.randomUUID()),
                    editor)
                .statusCode())
        .as("an unknown co-author")
        .isEqualTo(400);
    assertThat(api.get("/api/v1/content/not-a-uuid", editor).statusCode()).isEqualTo(400);

    UUID id = id(api.article("Enums", editor));
    HttpResponse<String> action = api.act(id, "fly", editor);
    assertThat(action.statusCode()).isEqualTo(400);
    assertThat(Http.json(action).get("errors").findValuesAsString("field"))
        .containsExactly("action");
    assertThat(
            api.transition(id, "{\"action\": \"schedule\", \"at\": \"tomorrow\"}", editor)
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void unknownItemsAre404OnEveryEndpoint() {
    String path = "/api/v1/content/" + UUID.randomUUID();
    assertThat(api.get(path, editor).statusCode()).isEqualTo(404);
    assertThat(
            api.send("PUT", path, "{\"title\": \"x\"}", editor, "If-Match", "\"1\"").statusCode())
        .isEqualTo(404);
    assertThat(
            api.send("POST", path + "/transitions", "{\"action\": \"submit\"}", editor)
                .statusCode())
        .isEqualTo(404);
    assertThat(api.send("POST", path + "/trash", "", editor).statusCode()).isEqualTo(404);
    assertThat(api.send("POST", path + "/untrash", "", editor).statusCode()).isEqualTo(404);
    HttpResponse<String> delete = api.send("DELETE", path, "", editor);
    assertThat(delete.statusCode()).isEqualTo(404);
    assertThat(Http.json(delete).get("type").asString()).isEqualTo("/problems/content-not-found");
  }

  @Test
  void onlyATrashedItemIsDeletedForGoodAndThatIsAudited() {
    UUID id = id(api.article("Short-lived", editor));

    HttpResponse<String> notTrashed = api.send("DELETE", "/api/v1/content/" + id, "", editor);
    assertThat(notTrashed.statusCode()).isEqualTo(409);
    assertThat(Http.json(notTrashed).get("type").asString())
        .isEqualTo("/problems/content-not-trashed");

    HttpResponse<String> trashed = api.send("POST", "/api/v1/content/" + id + "/trash", "", editor);
    assertThat(trashed.statusCode()).isEqualTo(200);
    assertThat(Http.json(trashed).get("trashedAt").isNull()).isFalse();
    assertThat(Http.json(trashed).get("allowedActions")).isEmpty();
    assertThat(Http.json(trashed).get("permissions").get("edit").asBoolean()).isFalse();
    assertThat(api.put(id, "{\"title\": \"x\"}", 2, editor).statusCode())
        .as("a trashed item is not edited")
        .isEqualTo(409);
    assertThat(api.act(id, "submit", editor).statusCode()).isEqualTo(409);

    HttpResponse<String> back = api.send("POST", "/api/v1/content/" + id + "/untrash", "", editor);
    assertThat(Http.json(back).get("trashedAt").isNull()).isTrue();
    api.send("POST", "/api/v1/content/" + id + "/trash", "", editor);

    assertThat(api.send("DELETE", "/api/v1/content/" + id, "", editor).statusCode()).isEqualTo(204);
    assertThat(api.get("/api/v1/content/" + id, editor).statusCode()).isEqualTo(404);
    assertThat(api.versions(id)).as("history goes with it").isZero();
    assertThat(api.audited(id))
        .containsExactly(
            "content.created",
            "content.trashed",
            "content.untrashed",
            "content.trashed",
            "content.deleted");
  }

  @Test
  void theTypesNameEachPanelAndLimit() {
    HttpResponse<String> types = api.get("/api/v1/content/types", api.user("VIEWER"));
    assertThat(types.statusCode()).isEqualTo(200);
    JsonNode json = Http.json(types);
    assertThat(json.get("items").findValuesAsString("type"))
        .containsExactly("article", "blog-post", "social-post", "video-script", "newsletter");
    JsonNode social = json.get("items").get(2);
    assertThat(social.get("seo").asBoolean()).isFalse();
    assertThat(social.get("limits").toString()).isEqualTo("{\"title\":200,\"body\":3000}");
    assertThat(json.get("channelLimits").get("bluesky").asInt()).isEqualTo(300);
  }
}
