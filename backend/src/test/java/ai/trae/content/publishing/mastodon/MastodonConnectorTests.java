package ai.trae.content.publishing.mastodon;

import static com.github.tomakehurst.wiremock.client.WireMock.aMultipart;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.ChannelState;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.social.Dispatches;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The Mastodon connector against WireMock speaking Mastodon's REST API shapes. */
class MastodonConnectorTests {

  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  static final String KEY = "019ad9a5-0000-7000-8000-00000000beef";
  static final String LINK = "https://trae.example.com/items/spring-in-the-garden";

  static WireMockServer mastodon;
  MastodonConnector connector;
  ChannelConfig channel;

  @BeforeAll
  static void start() {
    mastodon = new WireMockServer(options().dynamicPort());
    mastodon.start();
  }

  @AfterAll
  static void stop() {
    mastodon.stop();
  }

  @BeforeEach
  void reset() {
    mastodon.resetAll();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    connector = new MastodonConnector(Dispatches.calls(clock), clock, Duration.ofMillis(10), 5);
    channel =
        Dispatches.channel(
            "mastodon",
            Map.of("instanceUrl", mastodon.baseUrl()),
            Map.of("accessToken", "tok-123"),
            ChannelState.inMemory(Map.of()));
  }

  Dispatch dispatch(String markdown, boolean withCover, String externalId, int attempt) {
    return Dispatches.dispatch(
        channel,
        Dispatches.item(
            markdown, "<p>unused</p>", withCover ? Dispatches.cover("Red tulips") : null),
        attempt,
        externalId);
  }

  static String status(String id) {
    return """
        {"id":"%s","created_at":"2026-12-02T10:00:00.000Z","visibility":"public",
         "uri":"https://mastodon.example/users/trae/statuses/%1$s","url":"https://mastodon.example/@trae/%1$s",
         "content":"<p>Tulips first.</p>","media_attachments":[],"account":{"id":"1","acct":"trae"}}"""
        .formatted(id);
  }

  @Test
  void postsTheVariantAsPlainTextWithItsLinksWrittenOutAndTheLinkBackUnderMastodonsOwnKey() {
    mastodon.stubFor(post(urlEqualTo("/api/v1/statuses")).willReturn(okJson(status("1101"))));

    Outcome outcome =
        connector.publish(
            dispatch(
                "Tulips *first*. Read [the guide](https://example.org/guide).", false, null, 1));

    assertThat(outcome)
        .isEqualTo(
            new Outcome.Delivered(
                "1101", "https://mastodon.example/@trae/1101", outcome.exchange()));
    mastodon.verify(
        postRequestedFor(urlEqualTo("/api/v1/statuses"))
            .withHeader("Authorization", equalTo("Bearer tok-123"))
            .withHeader("Idempotency-Key", equalTo(KEY))
            .withRequestBody(
                equalToJson(
                    """
                    {"status":"Tulips first. Read the guide (https://example.org/guide).\\n\\n%s",
                     "media_ids":[],"visibility":"public"}"""
                        .formatted(LINK))));
  }

  @Test
  void aLongVariantIsCutToFiveHundredAsMastodonCountsWithTheLinkBackKept() {
    String words = "Tulips and daffodils come first. ".repeat(40);
    mastodon.stubFor(post(urlEqualTo("/api/v1/statuses")).willReturn(okJson(status("1102"))));

    connector.publish(
        dispatch(words + "See https://example.org/a/very/long/address/indeed", false, null, 1));

    String text = sentStatus(postRequestedFor(urlEqualTo("/api/v1/statuses")));
    assertThat(text).endsWith("…\n\n" + LINK).doesNotContain("example.org");
    // the link back counts 23 whatever its length
    int counted = text.length() - LINK.length() + StatusText.URL_WEIGHT;
    assertThat(counted).isLessThanOrEqualTo(500).isGreaterThan(470);
  }

  String sentStatus(com.github.tomakehurst.wiremock.matching.RequestPatternBuilder pattern) {
    List<LoggedRequest> sent = mastodon.findAll(pattern);
    assertThat(sent).hasSize(1);
    return ai.trae.content.publishing.social.Json.read(sent.getFirst().getBodyAsString())
        .path("status")
        .asString();
  }

  @Test
  void theCoverIsAttachedWithItsAltTextOnceMastodonHasProcessedIt() {
    mastodon.stubFor(
        post(urlEqualTo("/api/v2/media"))
            .willReturn(
                okJson(
                        "{\"id\":\"2201\",\"type\":\"image\",\"url\":null,\"preview_url\":\"https://files.mastodon.example/small.jpg\",\"description\":\"Red tulips\"}")
                    .withStatus(202)));
    mastodon.stubFor(
        get(urlEqualTo("/api/v1/media/2201"))
            .inScenario("processing")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson("{\"id\":\"2201\",\"type\":\"image\",\"url\":null}").withStatus(206))
            .willSetStateTo("done"));
    mastodon.stubFor(
        get(urlEqualTo("/api/v1/media/2201"))
            .inScenario("processing")
            .whenScenarioStateIs("done")
            .willReturn(
                okJson(
                    "{\"id\":\"2201\",\"type\":\"image\",\"url\":\"https://files.mastodon.example/original.jpg\"}")));
    mastodon.stubFor(post(urlEqualTo("/api/v1/statuses")).willReturn(okJson(status("1103"))));

    assertThat(connector.publish(dispatch("Tulips.", true, null, 1)))
        .isInstanceOf(Outcome.Delivered.class);

    mastodon.verify(
        postRequestedFor(urlEqualTo("/api/v2/media"))
            .withHeader("Authorization", equalTo("Bearer tok-123"))
            .withRequestBodyPart(
                aMultipart().withName("description").withBody(equalTo("Red tulips")).build())
            .withRequestBodyPart(
                aMultipart()
                    .withName("file")
                    .withBody(binaryEqualTo(Dispatches.COVER_BYTES))
                    .build()));
    mastodon.verify(
        postRequestedFor(urlEqualTo("/api/v1/statuses"))
            .withRequestBody(matchingJsonPath("$.media_ids[0]", equalTo("2201"))));
  }

  @Test
  void aCoverStillProcessingAfterTheWaitIsRetriedNotPostedWithout() {
    mastodon.stubFor(
        post(urlEqualTo("/api/v2/media"))
            .willReturn(okJson("{\"id\":\"2202\",\"url\":null}").withStatus(202)));
    mastodon.stubFor(
        get(urlEqualTo("/api/v1/media/2202"))
            .willReturn(okJson("{\"id\":\"2202\",\"url\":null}").withStatus(206)));

    Outcome outcome = connector.publish(dispatch("Tulips.", true, null, 1));

    assertThat(outcome).isInstanceOf(Outcome.Retry.class);
    assertThat(mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses")))).isEmpty();
  }

  @Test
  void anUpdateEditsTheStatusInPlace() {
    mastodon.stubFor(put(urlEqualTo("/api/v1/statuses/1101")).willReturn(okJson(status("1101"))));

    Outcome outcome = connector.publish(dispatch("Tulips, *now red*.", false, "1101", 1));

    assertThat(outcome).isInstanceOf(Outcome.Delivered.class);
    assertThat(sentStatus(putRequestedFor(urlEqualTo("/api/v1/statuses/1101"))))
        .isEqualTo("Tulips, now red.\n\n" + LINK);
    assertThat(mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses")))).isEmpty();
  }

  @Test
  void aRateLimitWaitsUntilMastodonsResetTime() {
    mastodon.stubFor(
        post(urlEqualTo("/api/v1/statuses"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("X-RateLimit-Limit", "300")
                    .withHeader("X-RateLimit-Remaining", "0")
                    .withHeader("X-RateLimit-Reset", "2026-12-02T10:05:00.000000Z")
                    .withBody("{\"error\":\"Too many requests\"}")));

    Outcome outcome = connector.publish(dispatch("Tulips.", false, null, 1));

    assertThat(outcome).isInstanceOf(Outcome.Retry.class);
    assertThat(((Outcome.Retry) outcome).retryAfter()).isEqualTo(Duration.ofMinutes(5));
    assertThat(((Outcome.Retry) outcome).reason())
        .isEqualTo("Mastodon refused the status (429): Too many requests. TRAE tries again later.");
  }

  @Test
  void mastodonsErrorsBecomeReasonsInItsOwnWords() {
    mastodon.stubFor(
        post(urlEqualTo("/api/v1/statuses"))
            .willReturn(
                aResponse()
                    .withStatus(422)
                    .withBody(
                        "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}")));
    mastodon.stubFor(
        get(urlEqualTo("/api/v1/accounts/verify_credentials"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody("{\"error\":\"The access token is invalid\"}")));

    Outcome invalid = connector.publish(dispatch("Tulips.", false, null, 1));
    Health revoked = connector.health(channel);

    assertThat(invalid).isInstanceOf(Outcome.Failed.class);
    assertThat(((Outcome.Failed) invalid).reason())
        .isEqualTo(
            "Mastodon refused the status (422): Validation failed: Text character limit of 500 exceeded.");
    assertThat(revoked.state()).isEqualTo(Health.State.CREDENTIAL_INVALID);
    assertThat(revoked.detail())
        .startsWith("Mastodon refused the access token (401): The access token is invalid");
  }

  @Test
  void aRepeatAfterAnUnknownOutcomeCarriesTheSameIdempotencyKeySoMastodonDropsIt() {
    mastodon.stubFor(
        post(urlEqualTo("/api/v1/statuses"))
            .inScenario("slow")
            .whenScenarioStateIs(STARTED)
            .willReturn(okJson(status("1104")).withFixedDelay(4_000))
            .willSetStateTo("answered"));
    // what Mastodon does with a key it has seen: answers with the status it made, posts nothing
    mastodon.stubFor(
        post(urlEqualTo("/api/v1/statuses"))
            .inScenario("slow")
            .whenScenarioStateIs("answered")
            .withHeader("Idempotency-Key", equalTo(KEY))
            .willReturn(okJson(status("1104"))));

    Outcome first = connector.publish(dispatch("Tulips.", false, null, 1));
    Outcome repeat = connector.publish(dispatch("Tulips.", false, null, 2));

    assertThat(connector.spec().repeatIsSafe()).isTrue();
    assertThat(first).isInstanceOf(Outcome.Unknown.class);
    assertThat(repeat).isInstanceOf(Outcome.Delivered.class);
    assertThat(((Outcome.Delivered) repeat).externalId()).isEqualTo("1104");
    assertThat(mastodon.findAll(postRequestedFor(urlEqualTo("/api/v1/statuses"))))
        .hasSize(2)
        .allSatisfy(r -> assertThat(r.getHeader("Idempotency-Key")).isEqualTo(KEY));
  }

  @Test
  void unpublishingDeletesTheStatusAndAStatusAlreadyGoneCounts() {
    mastodon.stubFor(
        delete(urlEqualTo("/api/v1/statuses/1101")).willReturn(okJson(status("1101"))));
    mastodon.stubFor(
        delete(urlEqualTo("/api/v1/statuses/1100"))
            .willReturn(aResponse().withStatus(404).withBody("{\"error\":\"Record not found\"}")));

    assertThat(connector.unpublish(dispatch("x", false, "1101", 1)))
        .isInstanceOf(Outcome.Delivered.class);
    assertThat(connector.unpublish(dispatch("x", false, "1100", 1)))
        .isInstanceOf(Outcome.Delivered.class);
  }

  @Test
  void healthSignsInAndTellsADownInstanceFromARevokedToken() {
    mastodon.stubFor(
        get(urlEqualTo("/api/v1/accounts/verify_credentials"))
            .willReturn(
                okJson(
                    "{\"id\":\"1\",\"username\":\"trae\",\"acct\":\"trae\",\"display_name\":\"TRAE\"}")));
    assertThat(connector.health(channel)).isEqualTo(Health.ok("Signed in as @trae."));

    mastodon.stubFor(
        get(urlEqualTo("/api/v1/accounts/verify_credentials"))
            .willReturn(aResponse().withStatus(502)));
    assertThat(connector.health(channel).state()).isEqualTo(Health.State.TEMPORARY_FAILURE);
  }
}
