package ai.trae.content.newsletter;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/** Lists, subscribers, CSV import and suppressions over HTTP (no SMTP server here). */
@IntegrationTest
class NewsletterApiTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired Connectors connectors;
  @Autowired Newsletters newsletters;

  Api api;
  String editor;

  @BeforeEach
  void setUp() {
    api = new Api(http);
    editor = accounts.tokenFor("EDITOR");
  }

  @Test
  void listsAreCreatedReadChangedPagedAndDeleted() {
    HttpResponse<String> created =
        api.send(
            editor,
            "POST",
            "/api/v1/newsletter/lists",
            "{\"name\":\"Weekly\",\"description\":\"Our news\",\"fromName\":\"The Team\","
                + "\"replyTo\":\"team@example.test\"}");
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    String id = json(created).get("id").asString();
    assertThat(created.headers().firstValue("Location")).hasValue("/api/v1/newsletter/lists/" + id);

    HttpResponse<String> changed =
        api.send(editor, "PUT", "/api/v1/newsletter/lists/" + id, "{\"name\":\"Monthly\"}");
    assertThat(json(changed).get("name").asString()).isEqualTo("Monthly");
    assertThat(json(changed).has("fromName")).isFalse();

    for (int i = 0; i < 3; i++) {
      createList("paged " + i);
    }
    JsonNode first = json(api.get(editor, "/api/v1/newsletter/lists?limit=2"));
    assertThat(first.get("items")).hasSize(2);
    JsonNode second =
        json(
            api.get(
                editor,
                "/api/v1/newsletter/lists?limit=2&cursor=" + first.get("nextCursor").asString()));
    assertThat(second.get("items").get(0).get("id").asString())
        .isNotEqualTo(first.get("items").get(1).get("id").asString());

    assertThat(api.send(editor, "DELETE", "/api/v1/newsletter/lists/" + id, "").statusCode())
        .isEqualTo(204);
    HttpResponse<String> gone = api.get(editor, "/api/v1/newsletter/lists/" + id);
    assertThat(gone.statusCode()).isEqualTo(404);
    assertThat(Api.type(gone)).isEqualTo("/problems/newsletter-list-not-found");
  }

  @Test
  void authorsAndViewersMayNotManageNewsletters() {
    for (String role : List.of("AUTHOR", "VIEWER")) {
      HttpResponse<String> refused =
          api.send(accounts.tokenFor(role), "POST", "/api/v1/newsletter/lists", "{\"name\":\"x\"}");
      assertThat(refused.statusCode()).as(role).isEqualTo(403);
    }
  }

  @Test
  void subscribersAreNormalisedUniquePagedAndFilteredByStatus() {
    String list = createList("subscribers");
    HttpResponse<String> added = add(list, "  Ann@Example.TEST ", "confirmed");
    assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
    assertThat(json(added).get("email").asString()).isEqualTo("ann@example.test");
    assertThat(json(added).get("status").asString()).isEqualTo("confirmed");

    HttpResponse<String> again = add(list, "ann@example.test", "confirmed");
    assertThat(again.statusCode()).isEqualTo(409);
    assertThat(Api.type(again)).isEqualTo("/problems/newsletter-subscriber-exists");
    HttpResponse<String> bad = add(list, "not an address", "confirmed");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(json(bad).get("errors").get(0).get("field").asString()).isEqualTo("email");

    assertThat(add(list, "bob@example.test", null).statusCode()).isEqualTo(201);
    assertThat(add(list, "cid@example.test", "confirmed").statusCode()).isEqualTo(201);

    JsonNode pending =
        json(api.get(editor, "/api/v1/newsletter/lists/" + list + "/subscribers?status=pending"));
    assertThat(pending.get("items")).hasSize(1);
    assertThat(pending.get("items").get(0).get("email").asString()).isEqualTo("bob@example.test");

    List<String> walked = new ArrayList<>();
    String cursor = "";
    do {
      JsonNode page =
          json(
              api.get(
                  editor,
                  "/api/v1/newsletter/lists/"
                      + list
                      + "/subscribers?status=confirmed&limit=1&cursor="
                      + cursor));
      page.get("items").forEach(s -> walked.add(s.get("email").asString()));
      cursor = page.has("nextCursor") ? page.get("nextCursor").asString() : null;
    } while (cursor != null);
    assertThat(walked).containsExactly("cid@example.test", "ann@example.test");

    String bob = pending.get("items").get(0).get("id").asString();
    assertThat(
            api.send(
                    editor,
                    "DELETE",
                    "/api/v1/newsletter/lists/" + list + "/subscribers/" + bob,
                    "")
                .statusCode())
        .isEqualTo(204);
    assertThat(
            api.get(editor, "/api/v1/newsletter/lists/" + list + "/subscribers/" + bob)
                .statusCode())
        .isEqualTo(404);
    assertThat(
            api.get(editor, "/api/v1/newsletter/lists/" + list + "/subscribers?status=sleeping")
                .statusCode())
        .isEqualTo(400);
  }

  @Test
  void aCsvImportReportsBadRowsByLineMergesDuplicatesAndHonoursConsent() {
    String list = createList("import");
    assertThat(add(list, "known@example.test", null).statusCode()).isEqualTo(201);
    String csv =
        """
        email,name
        one@example.test,One
        broken-address,Nobody
        TWO@example.test,
        two@example.test,Two again
        ,empty
        known@example.test,Known
        "three@example.test","Three, the third"
        """;

    JsonNode result = json(importCsv(list, csv, true));

    assertThat(result.get("added").asInt()).isEqualTo(3);
    assertThat(result.get("merged").asInt()).isEqualTo(2);
    assertThat(result.get("confirmed").asInt())
        .as("consent confirms the pending known one too")
        .isEqualTo(4);
    assertThat(result.get("invalidCount").asInt()).isEqualTo(2);
    assertThat(result.get("invalid").get(0).get("line").asInt()).isEqualTo(3);
    assertThat(result.get("invalid").get(1).get("line").asInt()).isEqualTo(6);
    assertThat(result.get("truncated").asBoolean()).isFalse();
    assertThat(
            jdbc.sql(
                    "select name from newsletter_subscribers where list_id = ? and email ="
                        + " 'three@example.test'")
                .param(UUID.fromString(list))
                .query(String.class)
                .single())
        .isEqualTo("Three, the third");

    JsonNode unconsented =
        json(importCsv(list, "email\nfour@example.test\none@example.test\n", false));
    assertThat(unconsented.get("added").asInt()).isEqualTo(1);
    assertThat(unconsented.get("pending").asInt()).isEqualTo(1);
    assertThat(unconsented.get("merged").asInt()).isEqualTo(1);
    assertThat(status(list, "four@example.test")).isEqualTo("pending");
    assertThat(status(list, "one@example.test")).isEqualTo("confirmed");
    assertThat(
            jdbc.sql(
                    "select count(*) from scheduled_tasks where task_name ="
                        + " 'content.newsletter-confirmation'")
                .query(Long.class)
                .single())
        .as("a confirmation mail is queued for the unconsented address")
        .isPositive();

    HttpResponse<String> headless = importCsv(list, "address\nx@example.test\n", true);
    assertThat(headless.statusCode()).isEqualTo(400);
    assertThat(Api.type(headless)).isEqualTo("/problems/newsletter-import-unreadable");
  }

  @Test
  void aSuppressionMarksTheAddressOnEveryListUntilLifted() {
    String a = createList("suppress a");
    String b = createList("suppress b");
    String email = "gone-" + UUID.randomUUID() + "@example.test";
    add(a, email, "confirmed");
    add(b, email, "confirmed");

    HttpResponse<String> suppressed =
        api.send(
            editor,
            "POST",
            "/api/v1/newsletter/suppressions",
            "{\"email\":\"%s\",\"reason\":\"bounced\",\"detail\":\"550 no such user\"}"
                .formatted(email.toUpperCase()));
    assertThat(suppressed.statusCode()).as(suppressed.body()).isEqualTo(200);
    assertThat(status(a, email)).isEqualTo("bounced");
    assertThat(status(b, email)).isEqualTo("bounced");
    JsonNode page = json(api.get(editor, "/api/v1/newsletter/suppressions?limit=200"));
    assertThat(page.get("items").findValuesAsString("email")).contains(email);

    assertThat(
            api.send(editor, "DELETE", "/api/v1/newsletter/suppressions/" + email, "").statusCode())
        .isEqualTo(204);
    assertThat(status(a, email)).isEqualTo("confirmed");
    assertThat(
            api.send(editor, "DELETE", "/api/v1/newsletter/suppressions/" + email, "").statusCode())
        .isEqualTo(404);

    HttpResponse<String> report =
        api.send(
            editor,
            "POST",
            "/api/v1/newsletter/suppressions/reports",
            "{\"type\":\"complaint\",\"recipients\":[\"%s\",\"nonsense\"]}".formatted(email));
    assertThat(json(report).get("suppressed").asInt()).isEqualTo(1);
    assertThat(json(report).get("ignored").get(0).asString()).isEqualTo("nonsense");
    assertThat(status(b, email)).isEqualTo("complained");
    HttpResponse<String> soft =
        api.send(
            editor,
            "POST",
            "/api/v1/newsletter/suppressions/reports",
            "{\"type\":\"bounce\",\"permanent\":false,\"recipients\":[\"soft@example.test\"]}");
    assertThat(json(soft).get("suppressed").asInt()).isZero();
  }

  @Test
  void sendingAnEditionWithoutSmtpIsRefused() {
    String list = createList("no smtp");
    HttpResponse<String> refused =
        api.send(
            editor,
            "POST",
            "/api/v1/newsletter/lists/" + list + "/editions",
            "{\"idempotencyKey\":\"k\",\"subject\":\"Hi\",\"markdown\":\"Hello\"}");
    assertThat(refused.statusCode()).isEqualTo(409);
    assertThat(Api.type(refused)).isEqualTo("/problems/newsletter-mail-not-configured");
    assertThat(api.get(editor, "/api/v1/newsletter/editions/" + UUID.randomUUID()).statusCode())
        .isEqualTo(404);
  }

  @Test
  void aListsEditionsArePagedNewestFirstLikeTheEditionItself() {
    String list = createList("editions");
    UUID listId = UUID.fromString(list);
    String other = createList("other editions");
    // a list without confirmed subscribers: each edition is made sent at once and queues no job,
    // so no SMTP server is needed
    List<String> made = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      made.add(
          newsletters
              .sendEdition(
                  new EditionRequest(
                      listId, "key-" + i, "Issue " + i, "<p>Hi</p>", "Hi", null, null))
              .id()
              .toString());
    }
    newsletters.sendEdition(
        new EditionRequest(
            UUID.fromString(other), "key-1", "Elsewhere", "<p>Hi</p>", "Hi", null, null));
    // two editions made in the same instant are told apart by their ids
    jdbc.sql(
            "update newsletter_editions set created_at = (select created_at from"
                + " newsletter_editions where id = ?) where id = ?")
        .params(UUID.fromString(made.get(1)), UUID.fromString(made.get(2)))
        .update();
    List<String> expected = new ArrayList<>(made.reversed());
    if (made.get(2).compareTo(made.get(1)) < 0) {
      Collections.swap(expected, 1, 2);
    }

    List<JsonNode> walked = new ArrayList<>();
    String cursor = "";
    int pages = 0;
    do {
      HttpResponse<String> answer =
          api.get(
              editor, "/api/v1/newsletter/lists/" + list + "/editions?limit=3&cursor=" + cursor);
      assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
      JsonNode page = json(answer);
      page.get("items").forEach(walked::add);
      cursor = page.has("nextCursor") ? page.get("nextCursor").asString() : null;
      pages++;
    } while (cursor != null);
    assertThat(pages).isEqualTo(2);
    assertThat(walked.stream().map(e -> e.get("id").asString()))
        .containsExactlyElementsOf(expected);
    assertThat(walked.getFirst())
        .isEqualTo(json(api.get(editor, "/api/v1/newsletter/editions/" + made.getLast())));
    assertThat(walked.getFirst().get("status").asString()).isEqualTo("sent");
    assertThat(walked.getFirst().get("subject").asString()).isEqualTo("Issue 4");

    HttpResponse<String> unknown =
        api.get(editor, "/api/v1/newsletter/lists/" + UUID.randomUUID() + "/editions");
    assertThat(unknown.statusCode()).isEqualTo(404);
    assertThat(Api.type(unknown)).isEqualTo("/problems/newsletter-list-not-found");
    assertThat(
            api.get(editor, "/api/v1/newsletter/lists/" + list + "/editions?cursor=nonsense")
                .statusCode())
        .isEqualTo(400);
    for (String role : List.of("AUTHOR", "VIEWER")) {
      assertThat(
              api.get(accounts.tokenFor(role), "/api/v1/newsletter/lists/" + list + "/editions")
                  .statusCode())
          .as(role)
          .isEqualTo(403);
    }
  }

  @Test
  void withoutSmtpTheNewsletterChannelIsUnhealthyAndItsDeliveriesWait() {
    Connector connector = connectors.get("newsletter");
    ChannelConfig channel = ChannelFixtures.channel(createList("channel"));
    Health health = connector.health(channel);
    assertThat(health.state()).isEqualTo(Health.State.CREDENTIAL_INVALID);
    assertThat(health.detail()).contains("SMTP");
    assertThat(connector.publish(ChannelFixtures.dispatch(channel, UUID.randomUUID(), null)))
        .isInstanceOf(Outcome.Retry.class);
    ChannelConfig gone = ChannelFixtures.channel(UUID.randomUUID().toString());
    assertThat(connector.health(gone).state()).isEqualTo(Health.State.CREDENTIAL_INVALID);
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> connector.validate(gone))
        .isInstanceOf(ai.trae.platform.web.ValidationFailedException.class);
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> connector.validate(ChannelFixtures.channel("not-a-uuid")))
        .isInstanceOf(ai.trae.platform.web.ValidationFailedException.class);
  }

  @Test
  void aTamperedClickLinkRedirectsNowhere() {
    HttpResponse<String> click =
        http.get("/n/c/AAAAAAAAAAFodHRwczovL2V2aWwuZXhhbXBsZQAAAAAAAAAAAAAAAAAAAAAAAAAA");
    assertThat(click.statusCode()).isEqualTo(404);
    assertThat(click.headers().firstValue("Location")).isEmpty();
    HttpResponse<byte[]> pixel = http.getBytes("/n/o/garbage");
    assertThat(pixel.statusCode()).isEqualTo(200);
    assertThat(pixel.headers().firstValue("Content-Type")).hasValue("image/gif");
    assertThat(pixel.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    assertThat(http.send("POST", "/n/u/garbage", "").statusCode()).isEqualTo(404);
  }

  private String createList(String name) {
    HttpResponse<String> created =
        api.send(editor, "POST", "/api/v1/newsletter/lists", "{\"name\":\"%s\"}".formatted(name));
    assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
    return json(created).get("id").asString();
  }

  private HttpResponse<String> add(String list, String email, String status) {
    String body =
        status == null
            ? "{\"email\":\"%s\"}".formatted(email)
            : "{\"email\":\"%s\",\"status\":\"%s\"}".formatted(email, status);
    return api.send(editor, "POST", "/api/v1/newsletter/lists/" + list + "/subscribers", body);
  }

  private HttpResponse<String> importCsv(String list, String csv, boolean consented) {
    return http.send(
        "POST",
        "/api/v1/newsletter/lists/" + list + "/subscribers/import?consented=" + consented,
        csv,
        "Authorization",
        "Bearer " + editor,
        "Content-Type",
        "text/csv");
  }

  private String status(String list, String email) {
    return jdbc.sql("select status from newsletter_subscribers where list_id = ? and email = ?")
        .params(UUID.fromString(list), email)
        .query(String.class)
        .single();
  }
}
