package ai.trae.content.render;

import static ai.trae.content.ContentCallers.json;
import static ai.trae.content.ContentCallers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.content.item.ContentType;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** The preview endpoints over HTTP. */
@IntegrationTest
class PreviewApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  ContentCallers api;
  Caller viewer;

  @BeforeEach
  void client() {
    api = new ContentCallers(http, accounts, jdbc);
    viewer = api.user("VIEWER");
  }

  @Test
  void rendersMarkdownSafely() {
    HttpResponse<String> answer =
        api.send(
            "POST",
            "/api/v1/content/preview",
            "{\"markdown\": \"# Hi\\n\\n- [ ] task\\n\\n<img src=x onerror=alert(1)>"
                + " [a](javascript:alert(1))\"}",
            viewer);

    assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
    String html = json(answer).get("html").asString();
    assertThat(html)
        .contains("<h1>Hi</h1>", "<input type=\"checkbox\" disabled=\"disabled\" /> task")
        .doesNotContain("onerror", "javascript:");
  }

  @Test
  void refusesMoreThanTheLongestBody() {
    int longest =
        Arrays.stream(ContentType.values()).mapToInt(t -> t.limits().body()).max().orElseThrow();
    String ok = "{\"markdown\": \"" + "a".repeat(longest) + "\"}";
    String tooLong = "{\"markdown\": \"" + "a".repeat(longest + 1) + "\"}";

    assertThat(api.send("POST", "/api/v1/content/preview", ok, viewer).statusCode()).isEqualTo(200);
    HttpResponse<String> refused = api.send("POST", "/api/v1/content/preview", tooLong, viewer);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(api.send("POST", "/api/v1/content/preview", "{}", viewer).statusCode())
        .isEqualTo(400);
  }

  @Test
  void previewsAnItemAndEachChannel() {
    Caller author = api.user("AUTHOR");
    UUID id =
        api.create(
            """
            {"type": "article", "title": "Main", "body": "Main *text*",
             "variants": [{"channel": "bluesky", "title": "Sky", "body": "Short **text**"}]}
            """,
            author);

    JsonNode main = json(api.get("/api/v1/content/" + id + "/preview", viewer));
    assertThat(main.get("title").asString()).isEqualTo("Main");
    assertThat(main.get("html").asString()).isEqualTo("<p>Main <em>text</em></p>\n");
    JsonNode sky = json(api.get("/api/v1/content/" + id + "/preview?channel=bluesky", viewer));
    assertThat(sky.get("title").asString()).isEqualTo("Sky");
    assertThat(sky.get("html").asString()).contains("<strong>text</strong>");
    JsonNode other = json(api.get("/api/v1/content/" + id + "/preview?channel=linkedin", viewer));
    assertThat(other.get("title").asString()).isEqualTo("Main");
    HttpResponse<String> missing =
        api.get("/api/v1/content/" + UUID.randomUUID() + "/preview", viewer);
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(problem(missing)).isEqualTo("/problems/content-not-found");
  }
}
