package ai.trae.content.version;

import static ai.trae.content.ContentFixtures.article;
import static ai.trae.content.ContentFixtures.editor;
import static ai.trae.content.ContentFixtures.withBody;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.Editor;
import ai.trae.content.item.Items;
import ai.trae.content.item.VersionSource;
import ai.trae.platform.web.IfMatch;
import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** The history API over HTTP: every write path leaves a version, read, diff, restore and pin. */
@IntegrationTest
class VersionsApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired Items items;

  Api api;
  String token;
  Editor editor;

  @BeforeEach
  void setUp() {
    api = new Api(http);
    token = accounts.tokenFor("EDITOR");
    editor = editor(api.idOf(token), false);
  }

  @Test
  void everyWritePathMintsAVersionTheHistoryLists() {
    ContentItem item = article(items, editor, "Paths", "one");
    Editor viaToken = editor(editor.userId(), true);
    item =
        items.update(
            item.id(), withBody(item.content(), "two"), IfMatch.parse("*"), viaToken, "by api");
    items.tag(item.id(), List.of("launch"), editor, VersionSource.BULK);
    items.assign(item.id(), editor.userId(), editor, VersionSource.BULK);
    items.transition(item.id(), "submit", null, null, null, editor, VersionSource.TRANSITION);
    HttpResponse<String> restored = restore(item.id(), 1, "*");
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);

    JsonNode list = Http.json(api.get(token, "/api/v1/content/" + item.id() + "/versions"));

    List<String> sources = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    list.get("items")
        .forEach(
            v -> {
              sources.add(v.get("source").asString());
              numbers.add(v.get("number").asInt());
            });
    // assigning the author it already has changes nothing, so mints nothing
    assertThat(sources).containsSubsequence("restore", "transition", "bulk", "api", "ui");
    assertThat(numbers).isSortedAccordingTo((a, b) -> b - a).startsWith(numbers.size());
    JsonNode newest = list.get("items").get(0);
    assertThat(newest.get("note").asString()).isEqualTo("Restored version 1");
    assertThat(newest.get("author").get("id").asString()).isEqualTo(editor.userId().toString());
    assertThat(newest.get("author").get("displayName").asString()).isEqualTo("EDITOR user");
    assertThat(newest.get("status").asString()).isEqualTo("in-review");
  }

  @Test
  void versionsSavedThroughTheHttpApiAppearInTheHistoryTheEditorReads() {
    HttpResponse<String> created =
        api.send(token, "POST", "/api/v1/content", "{\"type\":\"article\",\"title\":\"Http\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    UUID id = UUID.fromString(Http.json(created).get("id").asString());
    String pat = token(List.of("content:read", "content:write-own", "content:write-any"));
    HttpResponse<String> updated =
        http.send(
            "PUT",
            "/api/v1/content/" + id,
            "{\"title\":\"Http\",\"body\":\"via a token\",\"note\":\"scripted\"}",
            "Authorization",
            "Bearer " + pat,
            "Content-Type",
            "application/json",
            "If-Match",
            created.headers().firstValue("ETag").orElseThrow());
    assertThat(updated.statusCode()).as(updated.body()).isEqualTo(200);
    HttpResponse<String> bulk =
        api.send(
            token,
            "POST",
            "/api/v1/content/bulk",
            "{\"action\":\"tag\",\"ids\":[\"" + id + "\"],\"tags\":[\"bulk\"]}");
    assertThat(bulk.statusCode()).as(bulk.body()).isEqualTo(200);

    JsonNode list = Http.json(api.get(token, "/api/v1/content/" + id + "/versions"));

    List<String> sources = new ArrayList<>();
    list.get("items").forEach(v -> sources.add(v.get("source").asString()));
    assertThat(sources).containsExactly("bulk", "api", "ui");
    assertThat(list.get("items").get(1).get("note").asString()).isEqualTo("scripted");
    JsonNode item = Http.json(api.get(token, "/api/v1/content/" + id));
    assertThat(item.get("currentVersion").asInt())
        .isEqualTo(list.get("items").get(0).get("number").asInt());
  }

  @Test
  void pagesAreKeysetNewestFirst() {
    ContentItem item = article(items, editor, "Pages", "v1");
    for (int i = 2; i <= 5; i++) {
      item =
          items.update(
              item.id(), withBody(item.content(), "v" + i), IfMatch.parse("*"), editor, null);
    }
    String path = "/api/v1/content/" + item.id() + "/versions?limit=2";
    JsonNode first = Http.json(api.get(token, path));
    assertThat(numbers(first)).containsExactly(5, 4);
    JsonNode second =
        Http.json(api.get(token, path + "&cursor=" + first.get("nextCursor").asString()));
    assertThat(numbers(second)).containsExactly(3, 2);
    JsonNode third =
        Http.json(api.get(token, path + "&cursor=" + second.get("nextCursor").asString()));
    assertThat(numbers(third)).containsExactly(1);
    assertThat(third.get("nextCursor")).isNull();
  }

  @Test
  void aVersionReadsWithItsContentAndTwoDiffWordByWord() {
    ContentItem item = article(items, editor, "Fox", "The quick brown fox.");
    items.update(
        item.id(),
        withBody(item.content(), "The slow brown fox jumps."),
        IfMatch.parse("*"),
        editor,
        null);
    items.tag(item.id(), List.of("animals"), editor, VersionSource.BULK);

    JsonNode one = Http.json(api.get(token, "/api/v1/content/" + item.id() + "/versions/1"));
    assertThat(one.get("content").get("body").asString()).isEqualTo("The quick brown fox.");
    assertThat(one.get("note").asString()).isEqualTo("first draft");

    JsonNode diff =
        Http.json(api.get(token, "/api/v1/content/" + item.id() + "/versions/diff?from=1&to=3"));
    assertThat(diff.get("from").asInt()).isEqualTo(1);
    List<String> fields = new ArrayList<>();
    diff.get("fields").forEach(f -> fields.add(f.get("field").asString()));
    assertThat(fields).containsExactly("body", "tags");
    JsonNode body = diff.get("fields").get(0);
    assertThat(body.get("change").asString()).isEqualTo("changed");
    assertThat(body.get("before").asString()).isEqualTo("The quick brown fox.");
    List<String> ops = new ArrayList<>();
    body.get("words")
        .forEach(w -> ops.add(w.get("op").asString() + ":" + w.get("text").asString()));
    assertThat(ops)
        .containsExactly(
            "equal:The ",
            "delete:quick",
            "insert:slow",
            "equal: brown fox",
            "insert: jumps",
            "equal:.");
    JsonNode tags = diff.get("fields").get(1);
    assertThat(tags.get("change").asString()).isEqualTo("added");
    assertThat(tags.get("added").get(0).asString()).isEqualTo("animals");
  }

  @Test
  void restoreMakesANewVersionAndNeedsACurrentIfMatch() {
    ContentItem item = article(items, editor, "Restore", "first");
    item =
        items.update(
            item.id(), withBody(item.content(), "second"), IfMatch.parse("*"), editor, null);
    String path = "/api/v1/content/" + item.id() + "/versions/1/restore";

    assertThat(api.send(token, "POST", path, "").statusCode()).isEqualTo(428);
    HttpResponse<String> stale = restore(item.id(), 1, "\"" + (item.version() - 1) + "\"");
    assertThat(stale.statusCode()).isEqualTo(412);
    assertThat(Http.json(stale).get("current").get("id").asString())
        .isEqualTo(item.id().toString());

    HttpResponse<String> restored = restore(item.id(), 1, "\"" + item.version() + "\"");
    assertThat(restored.statusCode()).as(restored.body()).isEqualTo(200);
    assertThat(restored.headers().firstValue("ETag")).hasValue("\"" + (item.version() + 1) + "\"");
    assertThat(Http.json(restored).get("id").asString()).isEqualTo(item.id().toString());
    assertThat(items.get(item.id()).content().body()).isEqualTo("first");
    assertThat(items.get(item.id()).currentVersion()).isEqualTo(3);
    JsonNode two = Http.json(api.get(token, "/api/v1/content/" + item.id() + "/versions/2"));
    assertThat(two.get("content").get("body").asString()).isEqualTo("second");
    JsonNode three = Http.json(api.get(token, "/api/v1/content/" + item.id() + "/versions/3"));
    assertThat(three.get("source").asString()).isEqualTo("restore");
    assertThat(three.get("content").get("body").asString()).isEqualTo("first");
  }

  @Test
  void pinningTakesTheRightToEditTheItem() {
    ContentItem item = article(items, editor, "Pin", "text");
    String path = "/api/v1/content/" + item.id() + "/versions/1/pin";

    HttpResponse<String> pinned = api.send(token, "PUT", path, "{\"pinned\":true}");
    assertThat(pinned.statusCode()).as(pinned.body()).isEqualTo(200);
    assertThat(Http.json(pinned).get("pinned").asBoolean()).isTrue();
    assertThat(
            Http.json(api.get(token, "/api/v1/content/" + item.id() + "/versions"))
                .get("items")
                .get(0)
                .get("pinned")
                .asBoolean())
        .isTrue();

    String author = accounts.tokenFor("AUTHOR");
    HttpResponse<String> notTheirs = api.send(author, "PUT", path, "{\"pinned\":false}");
    assertThat(notTheirs.statusCode()).isEqualTo(403);
    assertThat(api.send(author, "POST", path.replace("pin", "restore"), "").statusCode())
        .isEqualTo(428);
  }

  @Test
  void unknownItemsAndVersionsAre404() {
    ContentItem item = article(items, editor, "Known", "text");
    HttpResponse<String> noItem =
        api.get(token, "/api/v1/content/" + UUID.randomUUID() + "/versions");
    assertThat(noItem.statusCode()).isEqualTo(404);
    assertThat(Api.type(noItem)).isEqualTo("/problems/content-not-found");
    HttpResponse<String> noVersion = api.get(token, "/api/v1/content/" + item.id() + "/versions/9");
    assertThat(noVersion.statusCode()).isEqualTo(404);
    assertThat(Api.type(noVersion)).isEqualTo("/problems/version-not-found");
    HttpResponse<String> noDiff =
        api.get(token, "/api/v1/content/" + item.id() + "/versions/diff?from=1&to=9");
    assertThat(Api.type(noDiff)).isEqualTo("/problems/version-not-found");
  }

  @Test
  void theWorkingCopyIsTheCallersAndASaveClearsIt() {
    ContentItem item = article(items, editor, "Autosave", "saved");
    String path = "/api/v1/content/" + item.id() + "/working-copy";

    HttpResponse<String> none = api.get(token, path);
    assertThat(none.statusCode()).as("nothing autosaved is no error").isEqualTo(204);
    assertThat(none.body()).isEmpty();
    HttpResponse<String> put =
        api.send(token, "PUT", path, "{\"baseVersion\":1,\"content\":{\"body\":\"unsaved\"}}");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
    assertThat(Http.json(put).get("baseVersion").asLong()).isEqualTo(1);
    JsonNode copy = Http.json(api.get(token, path));
    assertThat(copy.get("content").get("body").asString()).isEqualTo("unsaved");
    assertThat(copy.get("savedAt").asString()).isNotBlank();
    // someone else's autosave is theirs alone
    assertThat(api.get(accounts.tokenFor("ADMIN"), path).statusCode()).isEqualTo(204);
    // an autosave is not a version
    assertThat(items.get(item.id()).currentVersion()).isEqualTo(1);

    items.update(
        item.id(), withBody(item.content(), "saved again"), IfMatch.parse("*"), editor, null);
    assertThat(api.get(token, path).statusCode()).isEqualTo(204);

    api.send(token, "PUT", path, "{\"baseVersion\":2,\"content\":{\"body\":\"again\"}}");
    assertThat(api.send(token, "DELETE", path, "").statusCode()).isEqualTo(204);
    assertThat(api.get(token, path).statusCode()).isEqualTo(204);
    assertThat(
            api.send(token, "PUT", path, "{\"baseVersion\":2,\"content\":\"text\"}").statusCode())
        .isEqualTo(400);
  }

  private HttpResponse<String> restore(UUID id, int number, String ifMatch) {
    return http.send(
        "POST",
        "/api/v1/content/" + id + "/versions/" + number + "/restore",
        "",
        "Authorization",
        "Bearer " + token,
        "If-Match",
        ifMatch);
  }

  private String token(List<String> scopes) {
    HttpResponse<String> created =
        api.send(
            token,
            "POST",
            "/api/v1/me/tokens",
            "{\"name\":\"script\",\"scopes\":[\"" + String.join("\",\"", scopes) + "\"]}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return Http.json(created).get("token").asString();
  }

  private static List<Integer> numbers(JsonNode page) {
    List<Integer> numbers = new ArrayList<>();
    page.get("items").forEach(v -> numbers.add(v.get("number").asInt()));
    return numbers;
  }
}
