package ai.trae.content.listing;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The list, facets and bulk actions over HTTP, against items created through the API. */
@IntegrationTest
class ContentListApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Test
  void theListFiltersSearchesAndNamesAuthorsAndTheFacetsCountDisjunctively() {
    String editor = accounts.tokenFor("EDITOR");
    String tag = "t" + UUID.randomUUID().toString().substring(0, 8);
    UUID launch = create(editor, "Zebra launch plan", tag, "blog-post");
    UUID notes = create(editor, "Quarterly notes", tag, "article");
    create(editor, "Unrelated", "other", "article");

    JsonNode tagged = json(get("/api/v1/content?tag=" + tag + "&sort=title&order=asc", editor));
    assertThat(titles(tagged)).containsExactly("Quarterly notes", "Zebra launch plan");
    JsonNode row = tagged.get("items").get(1);
    assertThat(row.get("id").asString()).isEqualTo(launch.toString());
    assertThat(row.get("author").get("displayName").asString()).isEqualTo("EDITOR user");
    assertThat(row.get("snippet").asString()).isEqualTo("Hello world, in bold.");
    assertThat(row.has("body")).isFalse();

    JsonNode searched = json(get("/api/v1/content?tag=" + tag + "&q=" + encode("zebra"), editor));
    assertThat(titles(searched)).containsExactly("Zebra launch plan");

    JsonNode onePage = json(get("/api/v1/content?tag=" + tag + "&limit=1", editor));
    assertThat(onePage.get("items")).hasSize(1);
    JsonNode next =
        json(
            get(
                "/api/v1/content?tag="
                    + tag
                    + "&limit=1&cursor="
                    + onePage.get("nextCursor").asString(),
                editor));
    assertThat(next.get("items").get(0).get("id").asString()).isEqualTo(launch.toString());
    assertThat(onePage.get("items").get(0).get("id").asString()).isEqualTo(notes.toString());

    JsonNode facets = json(get("/api/v1/content/facets?tag=" + tag + "&type=article", editor));
    assertThat(facets.get("total").asLong()).isEqualTo(1);
    // type counts ignore the type filter: both types of the tagged items show
    assertThat(facets.get("type").toString())
        .contains("{\"value\":\"article\",\"count\":1}")
        .contains("{\"value\":\"blog-post\",\"count\":1}");
    assertThat(facets.get("author").get(0).get("label").asString()).isEqualTo("EDITOR user");

    HttpResponse<String> bad = get("/api/v1/content?status=nope", editor);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("type").asString()).isEqualTo("/problems/validation-failed");
  }

  @Test
  void anAuthorsBulkChangesTheirOwnItemsAndReportsEveryOtherIdWithItsProblem() {
    String author = accounts.login(accounts.create("AUTHOR"));
    String editor = accounts.tokenFor("EDITOR");
    UUID mine = create(author, "Mine one", "a", "article");
    UUID alsoMine = create(author, "Mine two", "a", "article");
    UUID theirs = create(editor, "Not mine", "a", "article");
    UUID missing = UUID.randomUUID();

    JsonNode result =
        json(
            bulk(
                author,
                "{\"action\":\"tag\",\"tags\":[\"bulked\"],\"ids\":[\"%s\",\"%s\",\"%s\",\"%s\"]}"
                    .formatted(mine, theirs, alsoMine, missing)));

    assertThat(ids(result.get("updated"))).containsExactly(mine, alsoMine);
    assertThat(result.get("failed")).hasSize(2);
    assertThat(result.get("failed").get(0).get("id").asString()).isEqualTo(theirs.toString());
    assertThat(result.get("failed").get(0).get("status").asInt()).isEqualTo(403);
    assertThat(result.get("failed").get(1).get("id").asString()).isEqualTo(missing.toString());
    assertThat(result.get("failed").get(1).get("status").asInt()).isEqualTo(404);
    // each changed item got a version of its own, from the bulk path; the refused one none
    assertThat(bulkVersions(mine)).isEqualTo(1);
    assertThat(bulkVersions(alsoMine)).isEqualTo(1);
    assertThat(bulkVersions(theirs)).isZero();
    assertThat(
            jdbc.sql("select tags from content_items where id = ?")
                .param(theirs)
                .query(String.class)
                .single())
        .doesNotContain("bulked");
  }

  @Test
  void anEditorArchivesAssignsAndTrashesInBulk() {
    String editor = accounts.tokenFor("EDITOR");
    String authorEmail = accounts.create("AUTHOR");
    UUID authorId =
        jdbc.sql("select id from users where email = ?")
            .param(authorEmail)
            .query(UUID.class)
            .single();
    UUID one = create(editor, "Bulk one", "b", "article");
    UUID two = create(editor, "Bulk two", "b", "article");

    JsonNode archived = json(bulk(editor, body("archive", one, two)));
    assertThat(ids(archived.get("updated"))).containsExactly(one, two);
    assertThat(status(one)).isEqualTo("archived");
    assertThat(bulkVersions(one)).isEqualTo(1);
    // archiving again is an illegal transition, reported per item
    JsonNode again = json(bulk(editor, body("archive", one)));
    assertThat(again.get("failed").get(0).get("status").asInt()).isEqualTo(409);

    JsonNode assigned =
        json(
            bulk(
                editor,
                "{\"action\":\"assign\",\"authorId\":\"%s\",\"ids\":[\"%s\"]}"
                    .formatted(authorId, two)));
    assertThat(ids(assigned.get("updated"))).containsExactly(two);
    assertThat(
            jdbc.sql("select author_id from content_items where id = ?")
                .param(two)
                .query(UUID.class)
                .single())
        .isEqualTo(authorId);

    JsonNode trashed = json(bulk(editor, body("trash", one, two)));
    assertThat(ids(trashed.get("updated"))).containsExactly(one, two);
    JsonNode trash = json(get("/api/v1/content?trashed=true&tag=b", editor));
    assertThat(titles(trash)).containsExactlyInAnyOrder("Bulk one", "Bulk two");
  }

  @Test
  void aBulkCallOver500IdsIsRefusedWhole() {
    String editor = accounts.tokenFor("EDITOR");
    UUID[] ids = IntStream.range(0, 501).mapToObj(i -> UUID.randomUUID()).toArray(UUID[]::new);

    HttpResponse<String> refused = bulk(editor, body("archive", ids));

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(json(refused).get("errors").get(0).get("field").asString()).isEqualTo("ids");
  }

  private UUID create(String token, String title, String tag, String type) {
    HttpResponse<String> created =
        http.send(
            "POST",
            "/api/v1/content",
            "{\"type\":\"%s\",\"title\":\"%s\",\"tags\":[\"%s\"],\"body\":\"Hello **world**, in bold.\"}"
                .formatted(type, title, tag),
            headers(token));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return UUID.fromString(json(created).get("id").asString());
  }

  private HttpResponse<String> bulk(String token, String body) {
    return http.send("POST", "/api/v1/content/bulk", body, headers(token));
  }

  private static String body(String action, UUID... ids) {
    return "{\"action\":\"%s\",\"ids\":[%s]}"
        .formatted(
            action,
            java.util.Arrays.stream(ids)
                .map(id -> "\"" + id + "\"")
                .collect(Collectors.joining(",")));
  }

  private HttpResponse<String> get(String path, String token) {
    return http.get(path, Accounts.bearer(token));
  }

  private int bulkVersions(UUID id) {
    return jdbc.sql("select count(*) from content_versions where item_id = ? and source = 'bulk'")
        .param(id)
        .query(Integer.class)
        .single();
  }

  private String status(UUID id) {
    return jdbc.sql("select status from content_items where id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private static String[] headers(String token) {
    List<String> headers = new ArrayList<>(List.of("Content-Type", "application/json"));
    headers.addAll(List.of(Accounts.bearer(token)));
    return headers.toArray(String[]::new);
  }

  private static JsonNode json(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isLessThan(500);
    return Http.json(response);
  }

  private static List<String> titles(JsonNode page) {
    List<String> titles = new ArrayList<>();
    page.get("items").forEach(i -> titles.add(i.get("title").asString()));
    return titles;
  }

  private static List<UUID> ids(JsonNode array) {
    List<UUID> ids = new ArrayList<>();
    array.forEach(i -> ids.add(UUID.fromString(i.asString())));
    return ids;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
