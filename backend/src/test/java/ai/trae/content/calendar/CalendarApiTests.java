package ai.trae.content.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The calendar over HTTP, against items walked through the workflow by the API. Each test uses a
 * channel of its own, so the items other tests leave in the shared database do not show.
 */
@IntegrationTest
class CalendarApiTests {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  ContentCallers api;
  Caller editor;
  String channel;

  @BeforeEach
  void callers() {
    api = new ContentCallers(http, accounts, jdbc);
    editor = api.user("EDITOR");
    channel = "cal-" + UUID.randomUUID().toString().substring(0, 8);
  }

  @Test
  void anItemAt2330OnTheDayTheClocksGoBackLandsOnThatLocalDay() {
    // 27 October 2030: Berlin goes from CEST (+2) back to CET (+1) at 03:00, a 25-hour day.
    // 23:30 CET is 22:30Z; read with the morning's +2 it would be 00:30 the next day.
    Instant lateOnTheDay = local("2030-10-27T23:30");
    Instant nextMorning = local("2030-10-28T00:30");
    UUID late = scheduled("Late on the long day", lateOnTheDay);
    UUID early = scheduled("Just after midnight", nextMorning);

    JsonNode day = calendar("from=2030-10-27&to=2030-10-28&tz=Europe/Berlin");

    assertThat(Instant.parse(day.get("from").asString())).isEqualTo(local("2030-10-27T00:00"));
    assertThat(Instant.parse(day.get("to").asString()))
        .as("local midnight to local midnight is 25 hours")
        .isEqualTo(Instant.parse("2030-10-27T23:00:00Z"));
    assertThat(day.get("zone").asString()).isEqualTo("Europe/Berlin");
    assertThat(ids(day)).containsExactly(late.toString());
    JsonNode entry = day.get("items").get(0);
    assertThat(entry.get("day").asString()).isEqualTo("2030-10-27");
    assertThat(Instant.parse(entry.get("at").asString())).isEqualTo(lateOnTheDay);
    assertThat(entry.get("kind").asString()).isEqualTo("scheduled");

    JsonNode week = calendar("from=2030-10-21&to=2030-11-04&tz=Europe/Berlin");
    assertThat(ids(week)).containsExactly(late.toString(), early.toString());
    assertThat(week.get("items").get(1).get("day").asString()).isEqualTo("2030-10-28");

    JsonNode utc = calendar("from=2030-10-21&to=2030-11-04");
    assertThat(utc.get("zone").asString()).isEqualTo("UTC");
    assertThat(utc.get("items").get(1).get("day").asString())
        .as("00:30 CET is 23:30Z the day before")
        .isEqualTo("2030-10-27");
  }

  @Test
  void scheduledAndPublishedItemsShowWithTheirChannelsAuthorAndWhetherTheCallerMayMoveThem() {
    UUID upcoming = scheduled("Upcoming", local("2030-06-03T09:00"));
    UUID out = scheduled("Went out", local("2030-06-10T09:00"));
    publishedAt(out, local("2030-06-04T18:15"));
    UUID elsewhere = api.create(item("Elsewhere", "other-" + channel), editor);

    JsonNode page = calendar("from=2030-06-01&to=2030-07-01&tz=Europe/Berlin");

    assertThat(ids(page)).containsExactly(upcoming.toString(), out.toString());
    assertThat(ids(page)).doesNotContain(elsewhere.toString());
    JsonNode first = page.get("items").get(0);
    assertThat(first.get("title").asString()).isEqualTo("Upcoming");
    assertThat(first.get("type").asString()).isEqualTo("social-post");
    assertThat(first.get("status").asString()).isEqualTo("scheduled");
    assertThat(first.get("channels").toString()).isEqualTo("[\"" + channel + "\",\"blog\"]");
    assertThat(first.get("author").get("displayName").asString()).isEqualTo("EDITOR user");
    assertThat(first.get("reschedulable").asBoolean()).isTrue();
    assertThat(first.get("version").asLong()).isPositive();
    JsonNode second = page.get("items").get(1);
    assertThat(second.get("kind").asString()).isEqualTo("published");
    assertThat(second.get("status").asString()).isEqualTo("published");
    assertThat(second.get("day").asString()).isEqualTo("2030-06-04");
    assertThat(second.get("reschedulable").asBoolean()).isFalse();
    assertThat(page.get("channels").toString()).contains("\"" + channel + "\"", "\"blog\"");
    assertThat(page.get("truncated").asBoolean()).isFalse();

    Caller author = api.user("AUTHOR");
    JsonNode asAuthor =
        Http.json(
            api.get(
                "/api/v1/calendar?from=2030-06-01&to=2030-07-01&tz=Europe/Berlin&channel="
                    + channel,
                author));
    assertThat(asAuthor.get("items").get(0).get("reschedulable").asBoolean())
        .as("moving needs content:publish")
        .isFalse();
  }

  @Test
  void aScheduledItemMovesInOneScheduleStepAndTheCalendarFollows() {
    UUID id = scheduled("Moving", local("2030-05-06T09:30"));
    Instant later = local("2030-05-08T09:30");

    HttpResponse<String> moved =
        api.send(
            "POST",
            "/api/v1/content/" + id + "/transitions",
            "{\"action\":\"schedule\",\"at\":\"2030-05-08T09:30:00+02:00\"}",
            editor);

    assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
    assertThat(Instant.parse(Http.json(moved).get("scheduledAt").asString())).isEqualTo(later);
    JsonNode page = calendar("from=2030-05-01&to=2030-06-01&tz=Europe/Berlin");
    assertThat(page.get("items")).hasSize(1);
    assertThat(page.get("items").get(0).get("day").asString()).isEqualTo("2030-05-08");

    Caller author = api.user("AUTHOR");
    HttpResponse<String> refused =
        api.send(
            "POST",
            "/api/v1/content/" + id + "/transitions",
            "{\"action\":\"schedule\",\"at\":\"2030-05-09T09:30:00+02:00\"}",
            author);
    assertThat(refused.statusCode()).isEqualTo(403);
  }

  @Test
  void aBadRangeIsA400NamingTheParameter() {
    assertThat(fields(get("to=2030-01-02"))).containsExactly("from");
    assertThat(fields(get("from=2030-01-02&to=2030-01-01"))).containsExactly("to");
    assertThat(fields(get("from=2030-01-01&to=2030-03-01"))).containsExactly("to");
    assertThat(fields(get("from=yesterday&to=2030-01-01"))).containsExactly("from");
    assertThat(fields(get("from=2030-01-01&to=2030-01-02&tz=Mars/Olympus"))).containsExactly("tz");
    HttpResponse<String> bad = get("from=2030-01-01&to=2030-01-02&tz=Mars/Olympus");
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(Http.json(bad).get("type").asString()).isEqualTo("/problems/validation-failed");
    assertThat(get("from=2030-01-01T00:00:00Z&to=2030-02-12T00:00:00Z").statusCode())
        .as("six weeks of instants")
        .isEqualTo(200);
  }

  private Instant local(String dateTime) {
    return LocalDateTime.parse(dateTime).atZone(BERLIN).toInstant();
  }

  private String item(String title, String... channels) {
    List<String> quoted = new ArrayList<>();
    for (String c : channels) {
      quoted.add("\"" + c + "\"");
    }
    return "{\"type\":\"social-post\",\"title\":\"%s\",\"body\":\"Hi\",\"channels\":[%s]}"
        .formatted(title, String.join(",", quoted));
  }

  /** Created, submitted, approved and scheduled through the API, as the editor. */
  private UUID scheduled(String title, Instant at) {
    UUID id = api.create(item(title, channel, "blog"), editor);
    for (String step :
        List.of(
            "{\"action\":\"submit\"}",
            "{\"action\":\"approve\"}",
            "{\"action\":\"schedule\",\"at\":\"" + at + "\"}")) {
      HttpResponse<String> taken =
          api.send("POST", "/api/v1/content/" + id + "/transitions", step, editor);
      assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
    }
    return id;
  }

  /**
   * Published through the API, then dated: publishing stamps now, and the calendar reads a day in
   * the future so the test never runs into it.
   */
  private void publishedAt(UUID id, Instant at) {
    HttpResponse<String> published =
        api.send(
            "POST", "/api/v1/content/" + id + "/transitions", "{\"action\":\"publish\"}", editor);
    assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
    jdbc.sql("update content_items set published_at = ? where id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  private HttpResponse<String> get(String query) {
    return api.get("/api/v1/calendar?" + query, editor);
  }

  private JsonNode calendar(String query) {
    HttpResponse<String> response = get(query + "&channel=" + channel);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return Http.json(response);
  }

  private static List<String> ids(JsonNode page) {
    List<String> ids = new ArrayList<>();
    page.get("items").forEach(entry -> ids.add(entry.get("id").asString()));
    return ids;
  }

  private static List<String> fields(HttpResponse<String> response) {
    assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
    return Http.json(response).get("errors").findValuesAsString("field");
  }
}
