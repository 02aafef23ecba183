package ai.trae.content.review;

import static ai.trae.content.ContentCallers.json;
import static ai.trae.content.ContentCallers.problem;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.content.ContentReviewed;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import tools.jackson.databind.JsonNode;

/** Review comments and share links over HTTP, including the public review page. */
@IntegrationTest
@RecordApplicationEvents
class ReviewApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ExternalReview review;
  @Autowired ShareLinkAdministration shareLinks;

  ContentCallers api;
  Caller author;
  Caller editor;
  UUID item;

  @BeforeEach
  void item() {
    api = new ContentCallers(http, accounts, jdbc);
    author = api.user("AUTHOR");
    editor = api.user("EDITOR");
    item =
        api.create(
            """
            {"type": "article", "title": "Spring <launch>", "body": "Hello **world**\\n\\n<script>alert(1)</script>",
             "variants": [{"channel": "bluesky", "body": "Short [x](javascript:alert(1))"}]}
            """,
            author);
  }

  String comments() {
    return "/api/v1/content/" + item + "/comments";
  }

  @Test
  void commentsAreAddedListedEditedByTheirAuthorResolvedAndDeleted() {
    Caller viewer = api.user("VIEWER");
    HttpResponse<String> added =
        api.send(
            "POST", comments(), "{\"body\": \"Tighten the intro\", \"quote\": \"Hello\"}", viewer);
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    JsonNode comment = json(added);
    String id = comment.get("id").asString();
    assertThat(comment.get("author").get("id").asString()).isEqualTo(viewer.id().toString());
    assertThat(comment.get("author").get("displayName").asString()).isEqualTo("VIEWER user");
    assertThat(comment.get("quote").asString()).isEqualTo("Hello");
    assertThat(comment.get("resolved").asBoolean()).isFalse();
    assertThat(comment.get("externalName").isNull()).isTrue();

    HttpResponse<String> notTheirs =
        api.send("PUT", comments() + "/" + id, "{\"body\": \"hijacked\"}", editor);
    assertThat(notTheirs.statusCode()).isEqualTo(403);
    assertThat(problem(notTheirs)).isEqualTo("/problems/forbidden");

    HttpResponse<String> edited =
        api.send("PUT", comments() + "/" + id, "{\"body\": \"Tighten it\"}", viewer);
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);
    assertThat(json(edited).get("body").asString()).isEqualTo("Tighten it");

    HttpResponse<String> resolved =
        api.send("POST", comments() + "/" + id + "/resolve", "{\"resolved\": true}", author);
    assertThat(resolved.statusCode()).as(resolved.body()).isEqualTo(200);
    assertThat(json(resolved).get("resolved").asBoolean()).isTrue();
    assertThat(json(resolved).get("resolvedBy").get("id").asString())
        .isEqualTo(author.id().toString());
    assertThat(
            api.send("POST", comments() + "/" + id + "/resolve", "{\"resolved\": true}", viewer)
                .statusCode())
        .as("resolving needs content:write-own")
        .isEqualTo(403);

    HttpResponse<String> second = api.send("POST", comments(), "{\"body\": \"Second\"}", author);
    JsonNode page = json(api.get(comments() + "?limit=1", viewer));
    assertThat(page.get("items").get(0).get("id").asString()).isEqualTo(id);
    JsonNode next =
        json(api.get(comments() + "?limit=1&cursor=" + page.get("nextCursor").asString(), viewer));
    assertThat(next.get("items").get(0).get("id").asString())
        .isEqualTo(json(second).get("id").asString());
    assertThat(next.get("nextCursor")).isNull();

    assertThat(api.send("DELETE", comments() + "/" + id, "", author).statusCode())
        .as("not the author and no content:review")
        .isEqualTo(403);
    assertThat(api.send("DELETE", comments() + "/" + id, "", editor).statusCode())
        .as("a reviewer deletes any")
        .isEqualTo(204);
    assertThat(
            api.send("DELETE", comments() + "/" + json(second).get("id").asString(), "", author)
                .statusCode())
        .as("the author deletes their own")
        .isEqualTo(204);
    assertThat(json(api.get(comments(), viewer)).get("items")).isEmpty();
    assertThat(problem(api.send("PUT", comments() + "/" + id, "{\"body\": \"x\"}", viewer)))
        .isEqualTo("/problems/comment-not-found");
  }

  @Test
  void badCommentsAreRefused() {
    assertThat(api.send("POST", comments(), "{\"body\": \"  \"}", author).statusCode())
        .isEqualTo(400);
    assertThat(
            api.send("POST", comments(), "{\"body\": \"" + "x".repeat(10_001) + "\"}", author)
                .statusCode())
        .isEqualTo(400);
    HttpResponse<String> unknown =
        api.send(
            "POST",
            "/api/v1/content/" + UUID.randomUUID() + "/comments",
            "{\"body\": \"x\"}",
            author);
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(problem(unknown)).isEqualTo("/problems/content-not-found");
  }

  @Test
  void aShareLinkShowsTheRenderedItemTakesCommentsAndAVerdictAndStopsWhenRevoked() {
    String links = "/api/v1/content/" + item + "/share-links";
    HttpResponse<String> created =
        api.send("POST", links, "{\"label\": \"Client\", \"expiresInHours\": 48}", author);
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    JsonNode link = json(created);
    String token = link.get("token").asString();
    assertThat(token).hasSize(43);
    assertThat(link.get("url").asString()).endsWith("/review/" + token);
    assertThat(Instant.parse(link.get("expiresAt").asString()))
        .isBetween(
            Instant.now().plus(Duration.ofHours(47)), Instant.now().plus(Duration.ofHours(49)));
    assertThat(
            jdbc.sql("select count(*) from content_share_links where token_hash = ?")
                .param(ShareTokens.hash(token))
                .query(Integer.class)
                .single())
        .as("only the hash is stored")
        .isEqualTo(1);

    HttpResponse<String> page = api.anonymous("GET", "/api/v1/review/" + token, "");
    assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
    JsonNode view = json(page);
    assertThat(view.get("title").asString()).isEqualTo("Spring <launch>");
    assertThat(view.get("type").asString()).isEqualTo("article");
    assertThat(view.get("html").asString())
        .contains("<strong>world</strong>")
        .doesNotContain("<script");
    assertThat(view.get("variants").get(0).get("channel").asString()).isEqualTo("bluesky");
    assertThat(view.get("variants").get(0).get("html").asString())
        .contains("Short")
        .doesNotContain("javascript:");
    assertThat(view.get("comments")).isEmpty();

    api.send("POST", comments(), "{\"body\": \"internal only\"}", editor);
    HttpResponse<String> comment =
        api.anonymous(
            "POST",
            "/api/v1/review/" + token + "/comments",
            "{\"name\": \"Grace (client)\", \"body\": \"Love it\", \"quote\": \"Hello\"}");
    assertThat(comment.statusCode()).as(comment.body()).isEqualTo(201);
    assertThat(json(comment).get("externalName").asString()).isEqualTo("Grace (client)");

    HttpResponse<String> verdict =
        api.anonymous(
            "POST",
            "/api/v1/review/" + token + "/verdict",
            "{\"name\": \"Grace (client)\", \"verdict\": \"changes-requested\", \"comment\": \"Fix the date\"}");
    assertThat(verdict.statusCode()).as(verdict.body()).isEqualTo(201);
    assertThat(json(verdict).get("verdict").asString()).isEqualTo("changes-requested");

    JsonNode shown = json(api.anonymous("GET", "/api/v1/review/" + token, ""));
    assertThat(shown.get("comments").findValuesAsString("body"))
        .as("the reviewer sees their link's comments, not the team's")
        .containsExactly("Love it", "Fix the date");
    assertThat(shown.get("comments").get(0).get("author").isNull()).isTrue();

    JsonNode team = json(api.get(comments(), editor));
    assertThat(team.get("items").findValuesAsString("body"))
        .containsExactly("internal only", "Love it", "Fix the date");
    assertThat(team.get("items").get(2).get("verdict").asString()).isEqualTo("changes-requested");
    assertThat(team.get("items").get(2).get("externalName").asString()).isEqualTo("Grace (client)");

    Map<String, Object> audited =
        jdbc.sql(
                """
                select actor_type, actor_name, summary->>'verdict' as verdict from audit_events
                where action = 'content.reviewed' and target_id = ?
                """)
            .param(item.toString())
            .query()
            .singleRow();
    assertThat(audited)
        .containsEntry("actor_type", "anonymous")
        .containsEntry("actor_name", "Grace (client)")
        .containsEntry("verdict", "changes-requested");

    JsonNode listed = json(api.get(links, author));
    assertThat(listed.get("items").get(0).get("label").asString()).isEqualTo("Client");
    assertThat(listed.get("items").get(0).get("lastVerdict").asString())
        .isEqualTo("changes-requested");
    assertThat(listed.get("items").get(0).get("createdBy").get("id").asString())
        .isEqualTo(author.id().toString());
    assertThat(listed.get("items").get(0).has("token")).isFalse();

    String linkId = link.get("id").asString();
    assertThat(api.send("DELETE", links + "/" + linkId, "", author).statusCode()).isEqualTo(204);
    for (HttpResponse<String> after :
        new HttpResponse[] {
          api.anonymous("GET", "/api/v1/review/" + token, ""),
          api.anonymous(
              "POST",
              "/api/v1/review/" + token + "/comments",
              "{\"name\": \"G\", \"body\": \"x\"}"),
          api.anonymous(
              "POST",
              "/api/v1/review/" + token + "/verdict",
              "{\"name\": \"G\", \"verdict\": \"approved\"}")
        }) {
      assertThat(after.statusCode()).isEqualTo(404);
      assertThat(problem(after)).isEqualTo("/problems/share-link-invalid");
    }
    assertThat(json(api.get(links, author)).get("items").get(0).get("revokedAt").isNull())
        .isFalse();
  }

  @Test
  void expiredUnknownAndMalformedTokensAreTheSame404() {
    HttpResponse<String> created =
        api.send("POST", "/api/v1/content/" + item + "/share-links", "{}", author);
    String token = json(created).get("token").asString();
    assertThat(json(created).get("expiresAt").asString())
        .startsWith(Instant.now().plus(Duration.ofDays(7)).toString().substring(0, 10));
    jdbc.sql("update content_share_links set expires_at = now() - interval '1 second' where id = ?")
        .param(UUID.fromString(json(created).get("id").asString()))
        .update();

    for (String t : new String[] {token, "A".repeat(43), "short", "%27%20or%201=1"}) {
      HttpResponse<String> answer = api.anonymous("GET", "/api/v1/review/" + t, "");
      assertThat(answer.statusCode()).as(t).isEqualTo(404);
      assertThat(problem(answer)).isEqualTo("/problems/share-link-invalid");
    }
  }

  @Test
  void onlyReviewersAndTheItemsAuthorsManageShareLinks() {
    Caller otherAuthor = api.user("AUTHOR");
    Caller viewer = api.user("VIEWER");
    String links = "/api/v1/content/" + item + "/share-links";

    assertThat(api.send("POST", links, "{}", otherAuthor).statusCode()).isEqualTo(403);
    assertThat(api.send("POST", links, "{}", viewer).statusCode()).isEqualTo(403);
    assertThat(api.get(links, viewer).statusCode()).isEqualTo(403);
    assertThat(api.send("POST", links, "{}", editor).statusCode()).isEqualTo(201);
    assertThat(api.send("POST", links, "{\"expiresInHours\": 721}", editor).statusCode())
        .isEqualTo(400);
    assertThat(api.send("POST", links, "{\"expiresInHours\": 0}", editor).statusCode())
        .isEqualTo(400);
  }

  @Test
  void externalInputIsValidated() {
    String token =
        json(api.send("POST", "/api/v1/content/" + item + "/share-links", "{}", author))
            .get("token")
            .asString();
    String base = "/api/v1/review/" + token;
    assertThat(
            api.anonymous("POST", base + "/comments", "{\"name\": \"\", \"body\": \"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            api.anonymous(
                    "POST",
                    base + "/comments",
                    "{\"name\": \"" + "n".repeat(101) + "\", \"body\": \"x\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            api.anonymous(
                    "POST",
                    base + "/comments",
                    "{\"name\": \"Ann\", \"body\": \"" + "x".repeat(10_001) + "\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            api.anonymous("POST", base + "/verdict", "{\"name\": \"Ann\", \"verdict\": \"maybe\"}")
                .statusCode())
        .isEqualTo(400);
    assertThat(api.anonymous("POST", base + "/verdict", "{\"name\": \"Ann\"}").statusCode())
        .isEqualTo(400);
  }

  @Test
  void aVerdictPublishesContentReviewed(ApplicationEvents events) {
    Caller editorCaller = editor;
    var created =
        shareLinks.create(
            item,
            null,
            Duration.ofHours(1),
            new ai.trae.content.item.Editor(
                editorCaller.id(),
                "editor",
                java.util.Set.of("content:read", "content:review"),
                false));

    Comment recorded = review.verdict(created.token(), "Ada", ExternalReview.APPROVED, null);

    assertThat(events.stream(ContentReviewed.class))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.id().value()).isEqualTo(item);
              assertThat(e.verdict()).isEqualTo("approved");
              assertThat(e.reviewer()).isEqualTo("Ada");
              assertThat(e.shareLinkId()).isEqualTo(created.link().id());
              assertThat(e.commentId()).isEqualTo(recorded.id());
            });
  }
}
