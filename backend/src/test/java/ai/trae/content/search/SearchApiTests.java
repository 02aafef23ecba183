package ai.trae.content.search;

import static ai.trae.content.ContentCallers.json;
import static ai.trae.content.ContentCallers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** GET /api/v1/content/search over HTTP: items written through the API are found at once. */
@IntegrationTest
class SearchApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  ContentCallers api;
  Caller author;
  String word;

  @BeforeEach
  void client() {
    api = new ContentCallers(http, accounts, jdbc);
    author = api.user("AUTHOR");
    // a word only this test's items have, since tests share the database
    word = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
  }

  HttpResponse<String> search(String query) {
    return api.get("/api/v1/content/search?" + query, author);
  }

  static String q(String text) {
    return "q=" + URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  @Test
  void findsRanksAndHighlights() {
    UUID body =
        api.create(
            "{\"type\": \"article\", \"title\": \"Notes\", \"body\": \"About %s & <tags>.\"}"
                .formatted(word),
            author);
    UUID title =
        api.create(
            "{\"type\": \"blog-post\", \"title\": \"The %s guide\"}".formatted(word), author);

    HttpResponse<String> answer = search(q(word));

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    JsonNode items = json(answer).get("items");
    assertThat(items.findValuesAsString("id")).containsExactly(title.toString(), body.toString());
    assertThat(items.get(0).get("titleHighlight").asString())
        .isEqualTo("The <mark>" + word + "</mark> guide");
    assertThat(items.get(0).get("type").asString()).isEqualTo("blog-post");
    assertThat(items.get(0).get("status").asString()).isEqualTo("draft");
    assertThat(items.get(0).get("rank").asDouble())
        .isGreaterThan(items.get(1).get("rank").asDouble());
    String snippet = items.get(1).get("snippet").asString();
    assertThat(snippet).startsWith("About <mark>" + word + "</mark> &amp;");
    assertThat(snippet.replace("<mark>", "").replace("</mark>", "")).doesNotContain("<", ">");

    assertThat(json(search(q(word) + "&type=article")).get("items").findValuesAsString("id"))
        .containsExactly(body.toString());
    assertThat(json(search(q(word) + "&status=published")).get("items")).isEmpty();
    assertThat(json(search(q(word) + "&limit=1")).get("nextCursor")).isNotNull();
  }

  @Test
  void anUpdateIsSearchableAtOnce() {
    UUID id = api.create("{\"type\": \"article\", \"title\": \"Before\"}", author);
    HttpResponse<String> put =
        http.send(
            "PUT",
            "/api/v1/content/" + id,
            "{\"title\": \"After %s\", \"body\": \"\"}".formatted(word),
            "Content-Type",
            "application/json",
            "Authorization",
            "Bearer " + author.token(),
            "If-Match",
            "\"1\"");
    assertThat(put.statusCode()).as(put.body()).isEqualTo(200);

    assertThat(json(search(q(word))).get("items").findValuesAsString("id"))
        .containsExactly(id.toString());
  }

  @Test
  void hostileQueriesAnswer200Or400NeverAServerError() {
    api.create("{\"type\": \"article\", \"title\": \"%s\"}".formatted(word), author);
    List<String> hostile =
        List.of(
            "'",
            "\"",
            "' or 1=1 --",
            "&|!:*()",
            "\\",
            "\\'",
            "<script>alert(1)</script>",
            "the a of",
            "\u0000",
            "a\u0000b",
            "%",
            "*:*",
            "((((((((((",
            "-" + word,
            "\"" + word,
            "x".repeat(200));
    for (String text : hostile) {
      HttpResponse<String> answer = search(q(text));
      assertThat(answer.statusCode()).as(text).isIn(200, 400);
    }
    HttpResponse<String> tooLong = search(q("x".repeat(10_000)));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(problem(tooLong)).isEqualTo("/problems/bad-request");
    assertThat(search(q("x".repeat(201))).statusCode()).isEqualTo(400);
    assertThat(json(search(q(""))).get("items")).isEmpty();
    assertThat(search(q(word) + "&type=poem").statusCode()).isEqualTo(400);
    assertThat(search(q(word) + "&status=lost").statusCode()).isEqualTo(400);
    assertThat(search(q(word) + "&cursor=bogus").statusCode()).isEqualTo(400);
    assertThat(search(q(word) + "&limit=0").statusCode()).isEqualTo(400);
    assertThat(json(search(q(word + " ' & |"))).get("items")).hasSize(1);
  }
}
