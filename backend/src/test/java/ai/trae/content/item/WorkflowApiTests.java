package ai.trae.content.item;

import static ai.trae.content.item.ItemsClient.id;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ItemsClient.Caller;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Every workflow transition over HTTP, each refusal, and the version each one mints. */
@IntegrationTest
class WorkflowApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  ItemsClient api;
  Caller author;
  Caller editor;

  @BeforeEach
  void client() {
    api = new ItemsClient(http, accounts, jdbc);
    author = api.user("AUTHOR");
    editor = api.user("EDITOR");
  }

  @Test
  void anItemGoesFromIdeaToPublishedAndBackWithAVersionForEveryStep() {
    HttpResponse<String> created =
        api.create("{\"type\": \"blog-post\", \"title\": \"Idea\", \"status\": \"idea\"}", author);
    JsonNode idea = Http.json(created);
    UUID id = id(idea);
    assertThat(idea.get("status").asString()).isEqualTo("idea");
    assertThat(idea.get("allowedActions").toString()).isEqualTo("[\"start\",\"archive\"]");

    assertThat(step(id, "{\"action\": \"start\"}", author, "draft")).isNotNull();
    JsonNode submitted = step(id, "{\"action\": \"submit\"}", author, "in-review");
    assertThat(submitted.get("allowedActions")).as("the author waits for review").isEmpty();
    assertThat(submitted.get("permissions").get("edit").asBoolean()).isFalse();

    HttpResponse<String> noReason = api.act(id, "reject", editor);
    assertThat(noReason.statusCode()).isEqualTo(400);
    assertThat(Http.json(noReason).get("errors").findValuesAsString("field"))
        .containsExactly("comment");
    step(id, "{\"action\": \"reject\", \"comment\": \"Needs a source\"}", editor, "draft");
    step(id, "{\"action\": \"submit\"}", author, "in-review");
    JsonNode approved = step(id, "{\"action\": \"approve\"}", editor, "approved");
    assertThat(approved.get("allowedActions").toString())
        .isEqualTo("[\"schedule\",\"publish\",\"archive\"]");

    assertThat(api.act(id, "schedule", editor).statusCode()).as("no time").isEqualTo(400);
    String past = Instant.now().minus(1, ChronoUnit.HOURS).toString();
    assertThat(
            api.transition(id, "{\"action\": \"schedule\", \"at\": \"%s\"}".formatted(past), editor)
                .statusCode())
        .as("a past time")
        .isEqualTo(400);
    Instant at = Instant.now().plus(1, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
    JsonNode scheduled =
        step(id, "{\"action\": \"schedule\", \"at\": \"%s\"}".formatted(at), editor, "scheduled");
    assertThat(Instant.parse(scheduled.get("scheduledAt").asString())).isEqualTo(at);
    JsonNode unscheduled = step(id, "{\"action\": \"unschedule\"}", editor, "approved");
    assertThat(unscheduled.get("scheduledAt").isNull()).isTrue();
    JsonNode published = step(id, "{\"action\": \"publish\"}", editor, "published");
    assertThat(published.get("publishedAt").isNull()).isFalse();
    JsonNode unpublished = step(id, "{\"action\": \"unpublish\"}", editor, "draft");
    assertThat(unpublished.get("publishedAt").isNull()).isTrue();
    step(id, "{\"action\": \"archive\"}", editor, "archived");
    JsonNode back = step(id, "{\"action\": \"unarchive\"}", author, "draft");

    assertThat(back.get("currentVersion").asInt()).isEqualTo(12);
    assertThat(api.versions(id)).isEqualTo(12);
    assertThat(api.sources(id).subList(1, 12)).containsOnly("transition");
    assertThat(
            jdbc.sql("select note from content_versions where item_id = ? and number = 4")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("reject: Needs a source");
    assertThat(
            jdbc.sql("select status from content_versions where item_id = ? order by number")
                .param(id)
                .query(String.class)
                .list())
        .containsExactly(
            "idea",
            "draft",
            "in-review",
            "draft",
            "in-review",
            "approved",
            "scheduled",
            "approved",
            "published",
            "draft",
            "archived",
            "draft");
    assertThat(api.audited(id)).filteredOn("content.transitioned"::equals).hasSize(11);
  }

  @Test
  void anIllegalTransitionIs409NamingWhatTheCallerMayDoNow() {
    UUID id = id(api.article("Not yet", author));

    HttpResponse<String> approve = api.act(id, "publish", editor);

    assertThat(approve.statusCode()).isEqualTo(409);
    JsonNode problem = Http.json(approve);
    assertThat(problem.get("type").asString()).isEqualTo("/problems/illegal-transition");
    assertThat(problem.get("allowed").toString()).isEqualTo("[\"submit\",\"archive\"]");
    assertThat(Http.json(api.act(id, "unarchive", author)).get("allowed").toString())
        .isEqualTo("[\"submit\",\"archive\"]");
    assertThat(api.versions(id)).isEqualTo(1);
  }

  @Test
  void aTransitionChecksIfMatchWhenSent() {
    UUID id = id(api.article("Guarded", author));

    HttpResponse<String> stale =
        api.send(
            "POST",
            "/api/v1/content/" + id + "/transitions",
            "{\"action\": \"submit\"}",
            author,
            "If-Match",
            "\"7\"");

    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(Http.json(stale).get("current").get("status").asString()).isEqualTo("draft");
    HttpResponse<String> fresh =
        api.send(
            "POST",
            "/api/v1/content/" + id + "/transitions",
            "{\"action\": \"submit\"}",
            author,
            "If-Match",
            "\"1\"");
    assertThat(fresh.statusCode()).isEqualTo(200);
  }

  @Test
  void eachRoleMayDoWhatTheCatalogueGivesIt() {
    Caller otherAuthor = api.user("AUTHOR");
    Caller viewer = api.user("VIEWER");
    Caller admin = api.user("ADMIN");
    Caller owner = api.user("OWNER");
    JsonNode own = api.article("Mine", author);
    UUID id = id(own);

    assertThat(api.create("{\"type\": \"article\", \"title\": \"x\"}", viewer).statusCode())
        .isEqualTo(403);
    assertThat(api.put(id, "{\"title\": \"Theirs\"}", 1, otherAuthor).statusCode())
        .as("another author's draft")
        .isEqualTo(403);
    assertThat(api.put(id, "{\"title\": \"Theirs\"}", 1, viewer).statusCode()).isEqualTo(403);
    assertThat(api.act(id, "submit", otherAuthor).statusCode()).isEqualTo(403);
    assertThat(api.send("POST", "/api/v1/content/" + id + "/trash", "", otherAuthor).statusCode())
        .isEqualTo(403);
    JsonNode seenByOther = Http.json(api.get("/api/v1/content/" + id, otherAuthor));
    assertThat(seenByOther.get("allowedActions")).isEmpty();
    assertThat(seenByOther.get("permissions").toString())
        .isEqualTo("{\"edit\":false,\"trash\":false,\"delete\":false}");
    assertThat(Http.json(api.get("/api/v1/content/" + id, viewer)).get("allowedActions")).isEmpty();

    assertThat(api.put(id, "{\"title\": \"Mine, edited\"}", 1, author).statusCode()).isEqualTo(200);
    JsonNode byEditor = Http.json(api.put(id, "{\"title\": \"Edited by editor\"}", 2, editor));
    assertThat(byEditor.get("title").asString()).isEqualTo("Edited by editor");
    assertThat(api.put(id, "{\"title\": \"By admin\"}", 3, admin).statusCode()).isEqualTo(200);
    assertThat(api.put(id, "{\"title\": \"By owner\"}", 4, owner).statusCode()).isEqualTo(200);

    assertThat(api.act(id, "submit", author).statusCode()).isEqualTo(200);
    assertThat(api.put(id, "{\"title\": \"Late change\"}", 6, author).statusCode())
        .as("an author edits only ideas and drafts")
        .isEqualTo(403);
    assertThat(api.act(id, "approve", author).statusCode()).isEqualTo(403);
    assertThat(api.act(id, "approve", admin).statusCode()).isEqualTo(200);
    assertThat(api.act(id, "publish", author).statusCode()).isEqualTo(403);
    assertThat(api.act(id, "archive", author).statusCode())
        .as("an author archives only their ideas and drafts")
        .isEqualTo(403);
    assertThat(api.act(id, "publish", owner).statusCode()).isEqualTo(200);

    assertThat(api.send("POST", "/api/v1/content/" + id + "/trash", "", author).statusCode())
        .isEqualTo(200);
    assertThat(api.send("DELETE", "/api/v1/content/" + id, "", author).statusCode())
        .as("authors lack content:delete")
        .isEqualTo(403);
    assertThat(api.send("DELETE", "/api/v1/content/" + id, "", viewer).statusCode()).isEqualTo(403);
    assertThat(api.send("DELETE", "/api/v1/content/" + id, "", admin).statusCode()).isEqualTo(204);
  }

  @Test
  void aNarrowTokenMayOnlyWhatItsScopesAllow() {
    UUID id = id(api.article("Token test", editor));
    Caller readOnly = new Caller(editor.id(), pat(editor, List.of("content:read")));
    Caller writer =
        new Caller(editor.id(), pat(editor, List.of("content:read", "content:write-own")));

    assertThat(api.get("/api/v1/content/" + id, readOnly).statusCode()).isEqualTo(200);
    assertThat(Http.json(api.get("/api/v1/content/" + id, readOnly)).get("allowedActions"))
        .as("the editor's role could, the token cannot")
        .isEmpty();
    assertThat(api.put(id, "{\"title\": \"x\"}", 1, readOnly).statusCode()).isEqualTo(403);
    assertThat(api.act(id, "submit", readOnly).statusCode()).isEqualTo(403);

    HttpResponse<String> saved = api.put(id, "{\"title\": \"Through the API\"}", 1, writer);
    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(api.act(id, "submit", writer).statusCode()).isEqualTo(200);
    assertThat(api.act(id, "approve", writer).statusCode())
        .as("content:review is not among its scopes")
        .isEqualTo(403);
    assertThat(api.sources(id)).containsExactly("ui", "api", "transition");
  }

  private JsonNode step(UUID id, String body, Caller who, String status) {
    HttpResponse<String> response = api.transition(id, body, who);
    assertThat(response.statusCode()).as(body + " " + response.body()).isEqualTo(200);
    JsonNode item = Http.json(response);
    assertThat(item.get("status").asString()).isEqualTo(status);
    return item;
  }

  private String pat(Caller who, List<String> scopes) {
    HttpResponse<String> created =
        api.send(
            "POST",
            "/api/v1/me/tokens",
            "{\"name\":\"narrow\",\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]}",
            who);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).get("token").asString();
  }
}
