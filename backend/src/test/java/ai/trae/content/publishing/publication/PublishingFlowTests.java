package ai.trae.content.publishing.publication;

import static ai.trae.content.publishing.RecordingConnector.exchange;
import static ai.trae.content.publishing.RecordingConnector.retry;
import static ai.trae.content.publishing.RecordingConnector.unknown;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.content.publishing.PublishingCalls;
import ai.trae.content.publishing.PublishingIntegrationTest;
import ai.trae.content.publishing.RecordingConnector;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Lookup;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.transfer.Uploads;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

@PublishingIntegrationTest
class PublishingFlowTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("recordingConnector")
  RecordingConnector safe;

  @Autowired
  @Qualifier("lookupConnector")
  RecordingConnector lookup;

  @Autowired
  @Qualifier("plainConnector")
  RecordingConnector plain;

  ContentCallers api;
  PublishingCalls calls;
  Caller editor;

  @BeforeEach
  void setUp() {
    api = new ContentCallers(http, accounts, jdbc);
    calls = new PublishingCalls(api, http);
    editor = api.user("EDITOR");
    safe.reset();
    lookup.reset();
    plain.reset();
  }

  List<Dispatch> of(RecordingConnector connector, UUID item) {
    return connector.dispatches.stream().filter(d -> d.item().id().equals(item)).toList();
  }

  @Test
  void publishingDeliversOncePerTargetChannelWithTheChannelsVariant() {
    var a = calls.channel("recording", false, editor);
    var b = calls.channel("recording-plain", false, editor);
    UUID item =
        api.create(
            """
            {"type": "article", "title": "Main title", "body": "Main *body*.",
             "channels": ["%s", "%s", "no-such-channel"],
             "variants": [{"channel": "%s", "title": "Short title", "body": "Short body."}]}"""
                .formatted(a.slug(), b.slug(), b.slug()),
            editor);
    calls.transition(item, "{\"action\": \"submit\"}", editor, 200);
    calls.transition(item, "{\"action\": \"approve\"}", editor, 200);
    calls.transition(item, "{\"action\": \"publish\"}", editor, 200);

    JsonNode onA = calls.awaitStatus(item, a.slug(), editor, "delivered");
    JsonNode onB = calls.awaitStatus(item, b.slug(), editor, "delivered");

    assertThat(calls.publications(item, editor).get("items")).hasSize(2);
    assertThat(onA.get("externalUrl").asString()).startsWith("https://example.test/posts/");
    assertThat(onA.get("attempts").asInt()).isEqualTo(1);
    assertThat(onA.get("operation").asString()).isEqualTo("publish");
    assertThat(of(safe, item)).hasSize(1);
    assertThat(of(safe, item).getFirst().item().title()).isEqualTo("Main title");
    assertThat(of(safe, item).getFirst().item().html()).contains("<em>body</em>");
    assertThat(of(plain, item)).hasSize(1);
    assertThat(of(plain, item).getFirst().item().title()).isEqualTo("Short title");
    assertThat(of(plain, item).getFirst().item().markdown()).isEqualTo("Short body.");
    assertThat(onB.get("deliveredAt").isNull()).isFalse();
    List<JsonNode> log = calls.attempts(item, editor);
    assertThat(log).hasSize(2);
    assertThat(log).allSatisfy(l -> assertThat(l.get("outcome").asString()).isEqualTo("delivered"));
    assertThat(log.getFirst().get("request").asString()).contains("POST https://example.test/hook");
    assertThat(log.getFirst().get("item").get("title").asString()).isEqualTo("Main title");
  }

  @Test
  void anItemImportedAsPublishedGoesOutToItsChannelsLikeOnePublishedByATransition() {
    var channel = calls.channel("recording", false, editor);
    String md =
        """
        ---
        title: Imported and live
        type: article
        status: published
        channels: [%s]
        ---
        Already *out* elsewhere."""
            .formatted(channel.slug());

    HttpResponse<String> imported =
        Uploads.upload(http, editor.token(), "live.md", md.getBytes(StandardCharsets.UTF_8));

    assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
    UUID item = UUID.fromString(Http.json(imported).get("imported").get(0).get("id").asString());
    calls.awaitStatus(item, channel.slug(), editor, "delivered");
    assertThat(of(safe, item)).hasSize(1);
    assertThat(of(safe, item).getFirst().item().html()).contains("<em>out</em>");
  }

  @Test
  void aRetryableFailureIsRetriedWithTheSameKeyUntilItArrives() {
    var channel = calls.channel("recording", false, editor);
    safe.then(retry(), retry());

    UUID item = calls.publishedItem(editor, "Retried", channel.slug());

    JsonNode p = calls.awaitStatus(item, channel.slug(), editor, "delivered");
    assertThat(p.get("attempts").asInt()).isEqualTo(3);
    assertThat(of(safe, item)).extracting(Dispatch::attempt).containsExactly(1, 2, 3);
    assertThat(of(safe, item))
        .extracting(Dispatch::idempotencyKey)
        .containsOnly(of(safe, item).getFirst().idempotencyKey());
    List<JsonNode> log = calls.attempts(item, editor);
    assertThat(log)
        .extracting(l -> l.get("outcome").asString())
        .containsExactly("retry", "retry", "delivered");
    assertThat(log).extracting(l -> l.get("number").asInt()).containsExactly(1, 2, 3);
    assertThat(log.getFirst().get("status").asInt()).isEqualTo(503);
    assertThat(log.getFirst().get("reason").asString()).isEqualTo("The destination answered 503.");
    assertThat(log.getFirst().get("elapsedMs").asLong()).isEqualTo(3);
  }

  @Test
  void afterTheLastAttemptItFailsWithTheReasonAndRetryNowSendsItAgain() {
    var channel = calls.channel("recording", false, editor);
    safe.then(retry(), retry(), retry(), retry());

    UUID item = calls.publishedItem(editor, "Gives up", channel.slug());

    JsonNode failed = calls.awaitStatus(item, channel.slug(), editor, "failed");
    assertThat(failed.get("attempts").asInt()).isEqualTo(4);
    assertThat(failed.get("lastError").asString())
        .isEqualTo("Stopped after 4 attempts. The destination answered 503.");
    assertThat(failed.get("actions").toString()).isEqualTo("[\"retry\"]");

    Caller author = api.user("AUTHOR");
    String retryPath = "/api/v1/publications/" + failed.get("id").asString() + "/retry";
    assertThat(api.send("POST", retryPath, "", author).statusCode()).isEqualTo(403);
    assertThat(calls.publication(item, channel.slug(), author).get("actions").toString())
        .isEqualTo("[]");
    HttpResponse<String> retried = api.send("POST", retryPath, "", editor);
    assertThat(retried.statusCode()).as(retried.body()).isEqualTo(202);

    calls.awaitStatus(item, channel.slug(), editor, "delivered");
    assertThat(of(safe, item)).hasSize(5);
    assertThat(of(safe, item))
        .extracting(Dispatch::idempotencyKey)
        .containsOnly(of(safe, item).getFirst().idempotencyKey());
    assertThat(api.send("POST", retryPath, "", editor).statusCode()).isEqualTo(409);
  }

  @Test
  void aRefusalFailsAtOnceAndARejectedCredentialMarksTheChannel() {
    var refused = calls.channel("recording", false, editor);
    safe.then(new Outcome.Failed("The destination answered 422.", exchange(422)));
    UUID one = calls.publishedItem(editor, "Refused", refused.slug());
    JsonNode p = calls.awaitStatus(one, refused.slug(), editor, "failed");
    assertThat(p.get("attempts").asInt()).isEqualTo(1);
    assertThat(p.get("lastError").asString()).isEqualTo("The destination answered 422.");

    var rejected = calls.channel("recording-plain", false, editor);
    plain.then(new Outcome.CredentialRejected("The destination answered 401.", exchange(401)));
    UUID two = calls.publishedItem(editor, "Rejected", rejected.slug());
    calls.awaitStatus(two, rejected.slug(), editor, "failed");
    org.awaitility.Awaitility.await()
        .untilAsserted(
            () ->
                assertThat(
                        Http.json(api.get("/api/v1/channels/" + rejected.id(), editor))
                            .get("health")
                            .get("state")
                            .asString())
                    .isEqualTo("credential_invalid"));
    assertThat(calls.attempts(two, editor).getFirst().get("outcome").asString())
        .isEqualTo("credential_rejected");
  }

  @Test
  void anUnknownOutcomeIsRepeatedWithTheSameKeyWhereTheDestinationDropsRepeats() {
    var channel = calls.channel("recording", false, editor);
    safe.then(unknown());

    UUID item = calls.publishedItem(editor, "Timed out", channel.slug());

    calls.awaitStatus(item, channel.slug(), editor, "delivered");
    assertThat(of(safe, item)).hasSize(2);
    assertThat(of(safe, item).get(1).idempotencyKey())
        .isEqualTo(of(safe, item).get(0).idempotencyKey());
    assertThat(calls.attempts(item, editor))
        .extracting(l -> l.get("outcome").asString())
        .containsExactly("unknown", "delivered");
  }

  @Test
  void anUnknownOutcomeIsLookedUpBeforeAnythingIsSentAgain() {
    var channel = calls.channel("recording-lookup", false, editor);
    lookup.then(unknown());
    lookup.lookupsAnswer(new Lookup.Found("found-42", "https://example.test/found-42"));

    UUID item = calls.publishedItem(editor, "Arrived after all", channel.slug());

    JsonNode p = calls.awaitStatus(item, channel.slug(), editor, "delivered");
    assertThat(p.get("externalId").asString()).isEqualTo("found-42");
    assertThat(of(lookup, item)).hasSize(1);
    assertThat(lookup.lookedUp).hasSize(1);
    assertThat(calls.attempts(item, editor))
        .extracting(l -> l.get("kind").asString() + ":" + l.get("outcome").asString())
        .containsExactly("send:unknown", "lookup:found");
  }

  @Test
  void aLookUpThatFindsNothingSendsAgain() {
    var channel = calls.channel("recording-lookup", false, editor);
    lookup.then(unknown());
    lookup.lookupsAnswer(new Lookup.Unavailable("Rate limited."), new Lookup.NotFound());

    UUID item = calls.publishedItem(editor, "Never arrived", channel.slug());

    calls.awaitStatus(item, channel.slug(), editor, "delivered");
    assertThat(of(lookup, item)).hasSize(2);
    assertThat(calls.attempts(item, editor))
        .extracting(l -> l.get("kind").asString() + ":" + l.get("outcome").asString())
        .containsExactly(
            "send:unknown", "lookup:unavailable", "lookup:not_found", "send:delivered");
  }

  @Test
  void anUnknownOutcomeNobodyCanCheckWaitsForAPerson() {
    var channel = calls.channel("recording-plain", false, editor);
    plain.then(unknown());

    UUID item = calls.publishedItem(editor, "Who knows", channel.slug());

    JsonNode p = calls.awaitStatus(item, channel.slug(), editor, "needs_checking");
    assertThat(p.get("actions").toString()).isEqualTo("[\"send_again\",\"mark_delivered\"]");
    assertThat(p.get("lastError").asString())
        .contains("no answer came", "check whether it arrived");
    // it stays so: nothing is sent again on its own
    org.awaitility.Awaitility.await()
        .during(java.time.Duration.ofSeconds(1))
        .atMost(java.time.Duration.ofSeconds(3))
        .until(() -> of(plain, item).size() == 1);

    HttpResponse<String> marked =
        api.send(
            "POST",
            "/api/v1/publications/" + p.get("id").asString() + "/mark-delivered",
            "{\"externalUrl\": \"https://example.test/checked\"}",
            editor);
    assertThat(marked.statusCode()).as(marked.body()).isEqualTo(200);
    assertThat(Http.json(marked).get("status").asString()).isEqualTo("delivered");
    assertThat(Http.json(marked).get("externalUrl").asString())
        .isEqualTo("https://example.test/checked");
    assertThat(calls.attempts(item, editor))
        .extracting(l -> l.get("outcome").asString())
        .containsExactly("unknown", "marked_delivered");
  }

  @Test
  void sendAgainResendsANeedsCheckingPublication() {
    var channel = calls.channel("recording-plain", false, editor);
    plain.then(unknown());
    UUID item = calls.publishedItem(editor, "Send again", channel.slug());
    JsonNode p = calls.awaitStatus(item, channel.slug(), editor, "needs_checking");

    assertThat(
            api.send(
                    "POST", "/api/v1/publications/" + p.get("id").asString() + "/retry", "", editor)
                .statusCode())
        .isEqualTo(202);

    calls.awaitStatus(item, channel.slug(), editor, "delivered");
    assertThat(of(plain, item)).hasSize(2);
  }

  @Test
  void anEditUpdatesWhatWasDeliveredAndUnpublishingTakesItBack() {
    var channel = calls.channel("recording", false, editor);
    UUID item = calls.publishedItem(editor, "Will change", channel.slug());
    JsonNode first = calls.awaitStatus(item, channel.slug(), editor, "delivered");

    HttpResponse<String> current = api.get("/api/v1/content/" + item, editor);
    HttpResponse<String> edited =
        http.send(
            "PUT",
            "/api/v1/content/" + item,
            """
            {"title": "Has changed", "body": "New text.", "channels": ["%s"]}"""
                .formatted(channel.slug()),
            "Content-Type",
            "application/json",
            "If-Match",
            current.headers().firstValue("ETag").orElseThrow(),
            "Authorization",
            "Bearer " + editor.token());
    assertThat(edited.statusCode()).as(edited.body()).isEqualTo(200);

    calls.awaitPublication(
        item,
        channel.slug(),
        editor,
        p ->
            p.get("operation").asString().equals("update")
                && p.get("status").asString().equals("delivered"));
    assertThat(safe.operations.subList(0, 2)).containsExactly("publish", "update");
    Dispatch update = of(safe, item).get(1);
    assertThat(update.item().title()).isEqualTo("Has changed");
    assertThat(update.externalId()).isEqualTo(first.get("externalId").asString());
    assertThat(update.idempotencyKey()).isNotEqualTo(of(safe, item).get(0).idempotencyKey());

    calls.transition(item, "{\"action\": \"unpublish\"}", editor, 200);
    calls.awaitStatus(item, channel.slug(), editor, "removed");
    assertThat(of(safe, item)).hasSize(3);
    assertThat(safe.operations.get(2)).isEqualTo("unpublish");
  }

  @Test
  void aChannelThatRequiresApprovalTakesOnlyApprovedItems() {
    var channel = calls.channel("recording", true, editor);
    UUID item = calls.approvedItem(editor, "Needs approval", channel.slug());

    HttpResponse<String> refused = calls.transition(item, "{\"action\": \"publish\"}", editor, 400);
    assertThat(refused.body())
        .contains("\"field\":\"channels\"", channel.slug() + " requires approval");
    HttpResponse<String> notScheduled =
        calls.transition(
            item,
            "{\"action\": \"schedule\", \"at\": \""
                + java.time.Instant.now().plusSeconds(3600)
                + "\"}",
            editor,
            400);
    assertThat(notScheduled.body()).contains(channel.slug());

    Caller author = api.user("AUTHOR");
    String approval = "/api/v1/content/" + item + "/channel-approvals/" + channel.slug();
    assertThat(api.send("PUT", approval, "", author).statusCode()).isEqualTo(403);
    HttpResponse<String> approved = api.send("PUT", approval, "", editor);
    assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
    assertThat(calls.publications(item, editor).get("approvals").get(0).get("channel").asString())
        .isEqualTo(channel.slug());

    calls.transition(item, "{\"action\": \"publish\"}", editor, 200);
    calls.awaitStatus(item, channel.slug(), editor, "delivered");
  }

  @Test
  void theCoverGoesWithThePostAsAFileTheConnectorCanReadAndALinkReadersCanLoad() throws Exception {
    var channel = calls.channel("recording", false, editor);
    byte[] png = ai.trae.content.media.MediaFiles.png(40, 30, 7);
    HttpResponse<String> uploaded =
        ai.trae.content.media.MediaUploads.upload(
            http, editor.token(), "cover.png", "image/png", png);
    assertThat(uploaded.statusCode()).as(uploaded.body()).isIn(200, 201);
    String mediaId = Http.json(uploaded).get("id").asString();
    HttpResponse<String> described =
        http.send(
            "PATCH",
            "/api/v1/media/" + mediaId,
            "{\"altText\": \"A test card\"}",
            "Content-Type",
            "application/json",
            "If-Match",
            uploaded.headers().firstValue("ETag").orElseThrow(),
            "Authorization",
            "Bearer " + editor.token());
    assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
    UUID item =
        api.create(
            """
            {"type": "article", "title": "With a cover", "coverMediaId": "%s", "channels": ["%s"],
             "body": "![Inline](/api/v1/media/%s/content)"}"""
                .formatted(mediaId, channel.slug(), mediaId),
            editor);
    calls.transition(item, "{\"action\": \"submit\"}", editor, 200);
    calls.transition(item, "{\"action\": \"approve\"}", editor, 200);
    calls.transition(item, "{\"action\": \"publish\"}", editor, 200);
    calls.awaitStatus(item, channel.slug(), editor, "delivered");

    var cover = of(safe, item).getFirst().item().cover();
    assertThat(cover).isNotNull();
    assertThat(cover.altText()).isEqualTo("A test card");
    assertThat(cover.mediaType()).isEqualTo("image/png");
    assertThat(cover.width()).isEqualTo(40);
    try (var in = cover.open()) {
      assertThat(in.readAllBytes()).hasSize((int) cover.size());
    }
    assertThat(cover.url())
        .startsWith("http")
        .contains("/api/v1/media/signed/" + mediaId + "/original");
    String path =
        java.net.URI.create(cover.url()).getRawPath()
            + "?"
            + java.net.URI.create(cover.url()).getRawQuery();
    assertThat(http.getBytes(path).statusCode()).isEqualTo(200);
    var sent = of(safe, item).getFirst().item();
    assertThat(sent.markdown())
        .as("the body's image is signed like the cover")
        .startsWith("![Inline](http")
        .contains("/api/v1/media/signed/" + mediaId + "/original?expires=");
    assertThat(sent.html()).contains("/api/v1/media/signed/" + mediaId + "/original?expires=");
  }

  @Autowired DeliveryEngine engine;
  @Autowired PublicationRows rows;

  @Test
  void ofEightNodesRacingForOneAttemptExactlyOneSendsIt() throws Exception {
    var channel = calls.channel("recording", false, editor);
    // approved, not published: no job queued, the racers below are the only ones
    UUID item = calls.approvedItem(editor, "Raced", channel.slug());
    java.time.Instant now =
        java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    UUID id = UUID.randomUUID();
    assertThat(
            rows.insert(
                new Publication(
                    id,
                    item,
                    channel.id(),
                    PublicationStatus.PENDING,
                    Operation.PUBLISH,
                    "msg_race",
                    1,
                    0,
                    now,
                    null,
                    null,
                    null,
                    1,
                    null,
                    false,
                    null,
                    now,
                    now,
                    1)))
        .isTrue();
    var start = new java.util.concurrent.CountDownLatch(1);
    var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
    List<java.util.concurrent.Future<?>> racers = new java.util.ArrayList<>();
    for (int i = 0; i < 8; i++) {
      racers.add(
          pool.submit(
              () -> {
                start.await();
                engine.run(new DeliveryQueue.Step(id, 1, 1));
                return null;
              }));
    }
    start.countDown();
    for (var racer : racers) {
      racer.get();
    }
    pool.shutdown();

    // (the item is not published, so once it arrived it is taken back: an unpublish follows)
    assertThat(published(item)).hasSize(1);
    assertThat(
            jdbc.sql(
                    "select count(*) from content_publication_attempts where publication_id = ?"
                        + " and operation = 'publish'")
                .param(id)
                .query(Long.class)
                .single())
        .isEqualTo(1);
    // a late duplicate of the same job finds it done
    engine.run(new DeliveryQueue.Step(id, 1, 1));
    assertThat(published(item)).hasSize(1);
  }

  List<Dispatch> published(UUID item) {
    java.util.List<Dispatch> sent = new java.util.ArrayList<>();
    for (int i = 0; i < safe.dispatches.size(); i++) {
      if (safe.dispatches.get(i).item().id().equals(item)
          && safe.operations.get(i).equals("publish")) {
        sent.add(safe.dispatches.get(i));
      }
    }
    return sent;
  }

  @Test
  void theDeliveryLogIsPagedPerChannelForChannelManagersAndPerItemForReaders() {
    var channel = calls.channel("recording", false, editor);
    safe.then(retry());
    UUID item = calls.publishedItem(editor, "Paged", channel.slug());
    calls.awaitStatus(item, channel.slug(), editor, "delivered");

    HttpResponse<String> first =
        api.get("/api/v1/channels/" + channel.id() + "/attempts?limit=1", editor);
    assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
    JsonNode page = Http.json(first);
    assertThat(page.get("items").get(0).get("outcome").asString()).isEqualTo("delivered");
    assertThat(page.get("items").get(0).get("channel").get("slug").asString())
        .isEqualTo(channel.slug());
    String cursor = page.get("nextCursor").asString();
    JsonNode second =
        Http.json(
            api.get(
                "/api/v1/channels/" + channel.id() + "/attempts?limit=1&cursor=" + cursor, editor));
    assertThat(second.get("items").get(0).get("outcome").asString()).isEqualTo("retry");
    assertThat(second.has("nextCursor") && !second.get("nextCursor").isNull()).isFalse();

    Caller viewer = api.user("VIEWER");
    assertThat(api.get("/api/v1/content/" + item + "/attempts", viewer).statusCode())
        .isEqualTo(200);
    assertThat(api.get("/api/v1/channels/" + channel.id() + "/attempts", viewer).statusCode())
        .isEqualTo(403);
    assertThat(
            api.get("/api/v1/content/" + item + "/attempts?cursor=nonsense", editor).statusCode())
        .isEqualTo(400);
  }
}
