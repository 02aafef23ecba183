package ai.trae.content.publishing.bluesky;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.binaryEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static com.github.tomakehurst.wiremock.stubbing.Scenario.STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.ChannelState;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.Lookup;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.social.Dispatches;
import ai.trae.content.publishing.social.Json;
import ai.trae.content.publishing.social.PostText;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The Bluesky connector against WireMock speaking the AT Protocol's XRPC shapes. */
class BlueskyConnectorTests {

  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  static final String DID = "did:plc:z72i7hdynmk6r22z27h6tvur";
  static final String XRPC = "/xrpc/";
  static final String RKEY =
      RecordKeys.of(Dispatches.PUBLICATION, "019ad9a5-0000-7000-8000-00000000beef");
  static final String URI = "at://" + DID + "/app.bsky.feed.post/" + RKEY;

  static final String OLD_ACCESS = jwt("access", NOW.plusSeconds(3_600));
  static final String OLD_REFRESH = jwt("refresh", NOW.plus(Duration.ofDays(60)));
  static final String NEW_ACCESS = jwt("access-2", NOW.plus(Duration.ofHours(2)));
  static final String NEW_REFRESH = jwt("refresh-2", NOW.plus(Duration.ofDays(90)));

  static WireMockServer pds;
  BlueskyConnector connector;
  ChannelState state;

  @BeforeAll
  static void start() {
    pds = new WireMockServer(options().dynamicPort());
    pds.start();
  }

  @AfterAll
  static void stop() {
    pds.stop();
  }

  @BeforeEach
  void reset() {
    pds.resetAll();
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    connector = new BlueskyConnector(Dispatches.calls(clock), clock);
    state = ChannelState.inMemory(Map.of());
  }

  /** A JWT as the PDS signs it; only its exp is read. */
  static String jwt(String id, Instant exp) {
    Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
    String header = b64.encodeToString("{\"typ\":\"at+jwt\",\"alg\":\"HS256\"}".getBytes());
    String payload =
        b64.encodeToString(
            ("{\"scope\":\"com.atproto.appPass\",\"sub\":\"%s\",\"jti\":\"%s\",\"iat\":%d,\"exp\":%d}"
                    .formatted(DID, id, NOW.getEpochSecond(), exp.getEpochSecond()))
                .getBytes());
    return header + "." + payload + ".c2lnbmF0dXJl";
  }

  static String session(String access, String refresh) {
    return """
        {"did":"%s","handle":"alice.example.com","email":"alice@example.com","emailConfirmed":true,
         "accessJwt":"%s","refreshJwt":"%s","active":true}"""
        .formatted(DID, access, refresh);
  }

  /** A session as an earlier delivery kept it, its access token expiring at {@code accessExp}. */
  void storedSession(Instant accessExp) {
    String access = jwt("access", accessExp);
    state.replace(
        new Sessions.Session(
                DID,
                "alice.example.com",
                access,
                OLD_REFRESH,
                accessExp,
                NOW.plus(Duration.ofDays(60)))
            .state());
  }

  ChannelConfig channel() {
    return Dispatches.channel(
        "bluesky",
        Map.of("service", pds.baseUrl(), "handle", "@alice.example.com"),
        Map.of("appPassword", "abcd-efgh-ijkl-mnop"),
        state);
  }

  Dispatch dispatch(String markdown, boolean withCover, int attempt) {
    return Dispatches.dispatch(
        channel(),
        Dispatches.item(
            markdown, "<p>unused</p>", withCover ? Dispatches.cover("Red tulips") : null),
        attempt,
        null);
  }

  void created() {
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))
            .willReturn(
                okJson(
                    """
                    {"uri":"%s","cid":"bafyreig2fjxi3rptqdgylg7e5hmjl6mcke7rn2b6cugzlqq3i4zu6rq52q",
                     "commit":{"cid":"bafyreibd5a3ydqvocppmgoeyk4zcxc7zlqqoqjg4wmvqrcsgkjbgqgqkny","rev":"3lbqfv6pbxk2x"},
                     "validationStatus":"valid"}"""
                        .formatted(URI))));
  }

  JsonNode sentRecord() {
    var sent = pds.findAll(postRequestedFor(urlEqualTo(XRPC + "com.atproto.repo.createRecord")));
    return Json.read(sent.getLast().getBodyAsString());
  }

  @Test
  void signsInWithTheAppPasswordKeepsTheSessionAndPostsUnderTheDerivedRecordKey() {
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.server.createSession"))
            .withRequestBody(
                equalToJson(
                    "{\"identifier\":\"alice.example.com\",\"password\":\"abcd-efgh-ijkl-mnop\"}"))
            .willReturn(okJson(session(NEW_ACCESS, NEW_REFRESH))));
    created();

    Outcome outcome = connector.publish(dispatch("Tulips *first*.", false, 1));

    assertThat(outcome)
        .isEqualTo(
            new Outcome.Delivered(
                URI, "https://bsky.app/profile/" + DID + "/post/" + RKEY, outcome.exchange()));
    pds.verify(
        postRequestedFor(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))
            .withHeader("Authorization", equalTo("Bearer " + NEW_ACCESS))
            .withRequestBody(matchingJsonPath("$.repo", equalTo(DID)))
            .withRequestBody(matchingJsonPath("$.collection", equalTo("app.bsky.feed.post")))
            .withRequestBody(matchingJsonPath("$.rkey", equalTo(RKEY)))
            .withRequestBody(matchingJsonPath("$.record['$type']", equalTo("app.bsky.feed.post")))
            .withRequestBody(matchingJsonPath("$.record.createdAt", equalTo(NOW.toString()))));
    assertThat(sentRecord().path("record").path("text").asString())
        .isEqualTo("Tulips first.\n\ntrae.example.com/items/spring…");
    assertThat(state.values())
        .containsEntry("accessJwt", NEW_ACCESS)
        .containsEntry("refreshJwt", NEW_REFRESH)
        .containsEntry("did", DID)
        .containsEntry("accessExpiresAt", NOW.plus(Duration.ofHours(2)).toString())
        .containsEntry("refreshExpiresAt", NOW.plus(Duration.ofDays(90)).toString());
  }

  @Test
  void linksAreFacetsOverTheirWordsCountedInUtf8Bytes() {
    storedSession(NOW.plusSeconds(3_600));
    created();

    connector.publish(dispatch("Grüße 🌷 aus dem [Garten](https://example.org/garten)!", false, 1));

    JsonNode record = sentRecord().path("record");
    String text = record.path("text").asString();
    assertThat(text).startsWith("Grüße 🌷 aus dem Garten!\n\n");
    JsonNode facets = record.path("facets");
    assertThat(facets.size()).isEqualTo(2);
    int start = bytes(text.substring(0, text.indexOf("Garten")));
    assertThat(facets.get(0).path("index").path("byteStart").asInt()).isEqualTo(start);
    assertThat(facets.get(0).path("index").path("byteEnd").asInt()).isEqualTo(start + 6);
    assertThat(facets.get(0).path("features").get(0).path("$type").asString())
        .isEqualTo("app.bsky.richtext.facet#link");
    assertThat(facets.get(0).path("features").get(0).path("uri").asString())
        .isEqualTo("https://example.org/garten");
    // the link back closes the text and points at the whole address
    assertThat(facets.get(1).path("index").path("byteEnd").asInt()).isEqualTo(bytes(text));
    assertThat(facets.get(1).path("features").get(0).path("uri").asString())
        .isEqualTo("https://trae.example.com/items/spring-in-the-garden");
  }

  static int bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8).length;
  }

  @Test
  void aLongPostIsCutToThreeHundredGraphemesKeepingTheLinkBack() {
    storedSession(NOW.plusSeconds(3_600));
    created();

    connector.publish(dispatch("👩‍👩‍👧‍👦 Family garden day 🇩🇪. ".repeat(30), false, 1));

    String text = sentRecord().path("record").path("text").asString();
    assertThat(PostText.graphemes(text)).isLessThanOrEqualTo(300).isGreaterThan(280);
    assertThat(text).endsWith("…\n\ntrae.example.com/items/spring…");
  }

  @Test
  void theCoverIsUploadedAsABlobAndEmbeddedWithItsAltText() {
    storedSession(NOW.plusSeconds(3_600));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.repo.uploadBlob"))
            .willReturn(
                okJson(
                    """
                    {"blob":{"$type":"blob","ref":{"$link":"bafkreibabalobzn6cd366ukcsjycp4yymjymgfxcv6xczmlgpemzkz3cfa"},
                     "mimeType":"image/jpeg","size":%d}}"""
                        .formatted(Dispatches.COVER_BYTES.length))));
    created();

    assertThat(connector.publish(dispatch("Tulips.", true, 1)))
        .isInstanceOf(Outcome.Delivered.class);

    pds.verify(
        postRequestedFor(urlEqualTo(XRPC + "com.atproto.repo.uploadBlob"))
            .withHeader("Content-Type", equalTo("image/jpeg"))
            .withRequestBody(binaryEqualTo(Dispatches.COVER_BYTES)));
    JsonNode image = sentRecord().path("record").path("embed");
    assertThat(image.path("$type").asString()).isEqualTo("app.bsky.embed.images");
    assertThat(image.path("images").get(0).path("alt").asString()).isEqualTo("Red tulips");
    assertThat(image.path("images").get(0).path("image").path("ref").path("$link").asString())
        .startsWith("bafkrei");
    assertThat(image.path("images").get(0).path("aspectRatio").path("width").asInt())
        .isEqualTo(1200);
  }

  @Test
  void aRateLimitWaitsUntilTheResetBlueskyNames() {
    storedSession(NOW.plusSeconds(3_600));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Content-Type", "application/json")
                    .withHeader("RateLimit-Limit", "5000")
                    .withHeader("RateLimit-Remaining", "0")
                    .withHeader("RateLimit-Reset", String.valueOf(NOW.getEpochSecond() + 600))
                    .withHeader("RateLimit-Policy", "5000;w=3600")
                    .withBody(
                        "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}")));

    Outcome outcome = connector.publish(dispatch("Tulips.", false, 1));

    assertThat(outcome).isInstanceOf(Outcome.Retry.class);
    assertThat(((Outcome.Retry) outcome).retryAfter()).isEqualTo(Duration.ofMinutes(10));
    assertThat(((Outcome.Retry) outcome).reason())
        .isEqualTo(
            "Bluesky refused the post (429 RateLimitExceeded): Rate Limit Exceeded. TRAE tries again later.");
  }

  @Test
  void blueskysErrorsBecomeReasonsInItsOwnWords() {
    storedSession(NOW.plusSeconds(3_600));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":\"InvalidRequest\",\"message\":\"Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes\"}")));

    Outcome outcome = connector.publish(dispatch("Tulips.", false, 1));

    assertThat(outcome).isInstanceOf(Outcome.Failed.class);
    assertThat(((Outcome.Failed) outcome).reason())
        .isEqualTo(
            "Bluesky refused the post (400 InvalidRequest): Invalid app.bsky.feed.post record:"
                + " Record/text must not be longer than 300 graphemes.");
  }

  @Test
  void aWrongAppPasswordIsARefusedCredentialAndKeepsWhatTheChannelHad() {
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.server.createSession"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"error\":\"AuthenticationRequired\",\"message\":\"Invalid identifier or password\"}")));

    Outcome outcome = connector.publish(dispatch("Tulips.", false, 1));

    assertThat(outcome).isInstanceOf(Outcome.CredentialRejected.class);
    assertThat(((Outcome.CredentialRejected) outcome).reason())
        .startsWith(
            "Bluesky refused signing in (401 AuthenticationRequired): Invalid identifier or password.");
    assertThat(state.values()).isEmpty();
  }

  @Test
  void aRepeatAfterAnUnknownOutcomeFindsThePostUnderItsRecordKeyInsteadOfPostingTwice() {
    storedSession(NOW.plusSeconds(3_600));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))
            .willReturn(
                okJson("{\"uri\":\"" + URI + "\",\"cid\":\"bafyrei\"}").withFixedDelay(4_000)));
    pds.stubFor(
        get(urlPathEqualTo(XRPC + "com.atproto.repo.getRecord"))
            .withQueryParam("repo", equalTo(DID))
            .withQueryParam("collection", equalTo("app.bsky.feed.post"))
            .withQueryParam("rkey", equalTo(RKEY))
            .willReturn(
                okJson(
                    "{\"uri\":\""
                        + URI
                        + "\",\"cid\":\"bafyrei\",\"value\":{\"$type\":\"app.bsky.feed.post\",\"text\":\"Tulips.\"}}")));

    Outcome first = connector.publish(dispatch("Tulips.", false, 1));
    Lookup lookup = connector.lookup(dispatch("Tulips.", false, 1));
    Outcome repeat = connector.publish(dispatch("Tulips.", false, 2));

    assertThat(first).isInstanceOf(Outcome.Unknown.class);
    assertThat(lookup)
        .isEqualTo(new Lookup.Found(URI, "https://bsky.app/profile/" + DID + "/post/" + RKEY));
    assertThat(repeat).isInstanceOf(Outcome.Delivered.class);
    assertThat(((Outcome.Delivered) repeat).externalId()).isEqualTo(URI);
    assertThat(pds.findAll(postRequestedFor(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))))
        .hasSize(1);
  }

  @Test
  void aRecordKeyAlreadyTakenMeansAnEarlierAttemptPostedIt() {
    storedSession(NOW.plusSeconds(3_600));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))
            .willReturn(
                aResponse()
                    .withStatus(409)
                    .withBody(
                        "{\"error\":\"RecordAlreadyExists\",\"message\":\"Record already exists\"}")));
    pds.stubFor(
        get(urlPathEqualTo(XRPC + "com.atproto.repo.getRecord"))
            .willReturn(okJson("{\"uri\":\"" + URI + "\",\"cid\":\"bafyrei\",\"value\":{}}")));

    assertThat(connector.publish(dispatch("Tulips.", false, 1)))
        .isInstanceOf(Outcome.Delivered.class);
  }

  @Test
  void aLookupForAPostThatNeverArrivedSaysSo() {
    storedSession(NOW.plusSeconds(3_600));
    pds.stubFor(
        get(urlPathEqualTo(XRPC + "com.atproto.repo.getRecord"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"error\":\"RecordNotFound\",\"message\":\"Could not locate record: "
                            + URI
                            + "\"}")));

    assertThat(connector.lookup(dispatch("Tulips.", false, 1))).isEqualTo(new Lookup.NotFound());
  }

  @Test
  void anAccessTokenAboutToExpireIsRenewedWithTheRefreshTokenWithoutSigningInAgain() {
    storedSession(NOW.plusSeconds(60));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.server.refreshSession"))
            .withHeader("Authorization", equalTo("Bearer " + OLD_REFRESH))
            .willReturn(okJson(session(NEW_ACCESS, NEW_REFRESH))));
    created();

    assertThat(connector.publish(dispatch("Tulips.", false, 1)))
        .isInstanceOf(Outcome.Delivered.class);

    assertThat(state.values())
        .containsEntry("accessJwt", NEW_ACCESS)
        .containsEntry("refreshJwt", NEW_REFRESH);
    pds.verify(
        postRequestedFor(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))
            .withHeader("Authorization", equalTo("Bearer " + NEW_ACCESS)));
    assertThat(pds.findAll(postRequestedFor(urlEqualTo(XRPC + "com.atproto.server.createSession"))))
        .isEmpty();
  }

  @Test
  void anAccessTokenTheServiceCallsExpiredIsRenewedAndTheRefusedCallMadeOnceMore() {
    storedSession(NOW.plusSeconds(3_600));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))
            .withHeader("Authorization", equalTo("Bearer " + jwt("access", NOW.plusSeconds(3_600))))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.server.refreshSession"))
            .willReturn(okJson(session(NEW_ACCESS, NEW_REFRESH))));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))
            .withHeader("Authorization", equalTo("Bearer " + NEW_ACCESS))
            .willReturn(okJson("{\"uri\":\"" + URI + "\",\"cid\":\"bafyrei\"}")));

    assertThat(connector.publish(dispatch("Tulips.", false, 1)))
        .isInstanceOf(Outcome.Delivered.class);
    assertThat(state.values()).containsEntry("accessJwt", NEW_ACCESS);
  }

  @Test
  void aRenewalThatFailsForAWhileKeepsTheSessionTheChannelHad() {
    storedSession(NOW.minusSeconds(60));
    Map<String, String> before = state.values();
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.server.refreshSession"))
            .inScenario("flaky")
            .whenScenarioStateIs(STARTED)
            .willReturn(
                aResponse()
                    .withStatus(502)
                    .withBody("{\"error\":\"UpstreamFailure\",\"message\":\"Upstream Failure\"}"))
            .willSetStateTo("slow"));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.server.refreshSession"))
            .inScenario("flaky")
            .whenScenarioStateIs("slow")
            .willReturn(okJson(session(NEW_ACCESS, NEW_REFRESH)).withFixedDelay(4_000)));

    Outcome down = connector.publish(dispatch("Tulips.", false, 1));
    Outcome noAnswer = connector.publish(dispatch("Tulips.", false, 1));
    Health health = connector.health(channel());

    assertThat(down).isInstanceOf(Outcome.Retry.class);
    assertThat(((Outcome.Retry) down).reason())
        .startsWith("Bluesky refused renewing the session (502 UpstreamFailure)");
    // no answer to a renewal posted nothing: a retry, not an unknown outcome
    assertThat(noAnswer).isInstanceOf(Outcome.Retry.class);
    assertThat(health.state()).isEqualTo(Health.State.TEMPORARY_FAILURE);
    assertThat(health.detail()).endsWith("The channel keeps its session.");
    assertThat(state.values()).isEqualTo(before);
    assertThat(pds.findAll(postRequestedFor(urlEqualTo(XRPC + "com.atproto.server.createSession"))))
        .isEmpty();
    assertThat(pds.findAll(postRequestedFor(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))))
        .isEmpty();
  }

  @Test
  void anExpiredRefreshTokenFallsBackToSigningInWithTheAppPassword() {
    storedSession(NOW.minusSeconds(60));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.server.refreshSession"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody("{\"error\":\"ExpiredToken\",\"message\":\"Token has expired\"}")));
    pds.stubFor(
        post(urlEqualTo(XRPC + "com.atproto.server.createSession"))
            .withHeader("Authorization", absent())
            .willReturn(okJson(session(NEW_ACCESS, NEW_REFRESH))));
    created();

    assertThat(connector.publish(dispatch("Tulips.", false, 1)))
        .isInstanceOf(Outcome.Delivered.class);
    assertThat(state.values()).containsEntry("refreshJwt", NEW_REFRESH);
  }

  @Test
  void healthReportsWhenTheSessionExpiresAndAnInactiveAccount() {
    storedSession(NOW.plusSeconds(3_600));
    pds.stubFor(
        get(urlEqualTo(XRPC + "com.atproto.server.getSession"))
            .willReturn(
                okJson(
                    "{\"handle\":\"alice.example.com\",\"did\":\"" + DID + "\",\"active\":true}")));
    Health ok = connector.health(channel());
    assertThat(ok.state()).isEqualTo(Health.State.OK);
    assertThat(ok.expiresAt()).isEqualTo(NOW.plus(Duration.ofDays(60)));

    pds.stubFor(
        get(urlEqualTo(XRPC + "com.atproto.server.getSession"))
            .willReturn(
                okJson(
                    "{\"handle\":\"alice.example.com\",\"did\":\""
                        + DID
                        + "\",\"active\":false,\"status\":\"suspended\"}")));
    assertThat(connector.health(channel()).state()).isEqualTo(Health.State.CREDENTIAL_INVALID);
  }

  @Test
  void unpublishingDeletesTheRecordAndAnUpdateIsNotSent() {
    storedSession(NOW.plusSeconds(3_600));
    pds.stubFor(post(urlEqualTo(XRPC + "com.atproto.repo.deleteRecord")).willReturn(okJson("{}")));
    Dispatch published =
        Dispatches.dispatch(channel(), Dispatches.item("Tulips.", "", null), 1, URI);

    assertThat(connector.unpublish(published)).isInstanceOf(Outcome.Delivered.class);
    pds.verify(
        postRequestedFor(urlEqualTo(XRPC + "com.atproto.repo.deleteRecord"))
            .withRequestBody(
                equalToJson(
                    "{\"repo\":\""
                        + DID
                        + "\",\"collection\":\"app.bsky.feed.post\",\"rkey\":\""
                        + RKEY
                        + "\"}")));
    assertThat(connector.spec().canUpdate()).isFalse();
    assertThat(connector.publish(published)).isInstanceOf(Outcome.Failed.class);
    assertThat(pds.findAll(postRequestedFor(urlEqualTo(XRPC + "com.atproto.repo.createRecord"))))
        .isEmpty();
  }

  @Test
  void recordKeysAreTidsFixedPerDeliveryAndNewForTheNext() {
    String again = RecordKeys.of(Dispatches.PUBLICATION, "019ad9a5-0000-7000-8000-00000000beef");
    String next = RecordKeys.of(Dispatches.PUBLICATION, "019ad9b0-0000-7000-8000-00000000cafe");

    assertThat(RKEY).matches("^[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}$");
    assertThat(again).isEqualTo(RKEY);
    assertThat(next).isNotEqualTo(RKEY).matches("^[234567abcdefghij][2-7a-z]{12}$");
  }
}
