package ai.trae.content.publishing.wordpress;

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
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.ChannelState;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.Lookup;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.social.Dispatches;
import ai.trae.platform.web.ValidationFailedException;
import com.github.tomakehurst.wiremock.WireMockServer;
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

/** The WordPress connector against WireMock speaking the WordPress REST API's shapes. */
class WordPressConnectorTests {

  static final String API = "/wp-json/wp/v2";
  static final String MARKER = "trae-publication-" + Dispatches.PUBLICATION;
  static final String BASIC =
      "Basic " + Base64.getEncoder().encodeToString("editor:abcdEFGHijklMNOPqrstUVWX".getBytes());

  static WireMockServer wp;
  WordPressConnector connector;
  ChannelConfig channel;

  @BeforeAll
  static void start() {
    wp = new WireMockServer(options().dynamicPort());
    wp.start();
  }

  @AfterAll
  static void stop() {
    wp.stop();
  }

  @BeforeEach
  void reset() {
    wp.resetAll();
    connector =
        new WordPressConnector(
            Dispatches.calls(Clock.fixed(Instant.parse("2026-12-02T10:00:00Z"), ZoneOffset.UTC)));
    channel =
        Dispatches.channel(
            "wordpress",
            Map.of("siteUrl", wp.baseUrl() + "/", "username", "editor"),
            // as WordPress shows it, in groups of four
            Map.of("applicationPassword", "abcd EFGH ijkl MNOP qrst UVWX"),
            ChannelState.inMemory(Map.of()));
  }

  Dispatch dispatch(int attempt, String externalId, boolean withCover) {
    return Dispatches.dispatch(
        channel,
        Dispatches.item(
            "Tulips *first*.",
            "<p>Tulips <em>first</em>.</p>",
            withCover ? Dispatches.cover("Red tulips by a wall") : null),
        attempt,
        externalId);
  }

  static String postJson(long id) {
    return """
        {"id":%d,"date":"2026-12-02T10:00:00","date_gmt":"2026-12-02T10:00:00","slug":"spring-in-the-garden",
         "status":"publish","type":"post","link":"https://blog.example.com/2026/12/02/spring-in-the-garden/",
         "title":{"raw":"Spring in the garden","rendered":"Spring in the garden"},
         "content":{"raw":"<p>Tulips <em>first</em>.</p>\\n<!-- %s -->","rendered":"<p>Tulips <em>first</em>.</p>\\n"},
         "featured_media":0}"""
        .formatted(id, MARKER);
  }

  @Test
  void createsAPublishedPostSignedWithTheApplicationPasswordAndMarkedWithThePublication() {
    wp.stubFor(post(urlEqualTo(API + "/posts")).willReturn(okJson(postJson(123)).withStatus(201)));

    Outcome outcome = connector.publish(dispatch(1, null, false));

    assertThat(outcome)
        .isEqualTo(
            new Outcome.Delivered(
                "123",
                "https://blog.example.com/2026/12/02/spring-in-the-garden/",
                outcome.exchange()));
    wp.verify(
        postRequestedFor(urlEqualTo(API + "/posts"))
            .withHeader("Authorization", equalTo(BASIC))
            .withRequestBody(matchingJsonPath("$.title", equalTo("Spring in the garden")))
            .withRequestBody(matchingJsonPath("$.status", equalTo("publish")))
            .withRequestBody(matchingJsonPath("$.excerpt", equalTo("What grows first.")))
            .withRequestBody(matchingJsonPath("$.slug", equalTo("spring-in-the-garden")))
            .withRequestBody(
                matchingJsonPath(
                    "$.content",
                    equalTo("<p>Tulips <em>first</em>.</p>\n<!-- " + MARKER + " -->"))));
    assertThat(outcome.exchange().request()).doesNotContain("abcd");
  }

  @Test
  void anUpdateRewritesThePostItCreatedAndMakesNoNewOne() {
    wp.stubFor(post(urlEqualTo(API + "/posts/123")).willReturn(okJson(postJson(123))));

    Outcome outcome = connector.publish(dispatch(1, "123", false));

    assertThat(outcome).isInstanceOf(Outcome.Delivered.class);
    assertThat(((Outcome.Delivered) outcome).externalId()).isEqualTo("123");
    assertThat(wp.findAll(postRequestedFor(urlEqualTo(API + "/posts")))).isEmpty();
  }

  @Test
  void theCoverIsUploadedWithItsAltTextAndBecomesTheFeaturedImage() {
    wp.stubFor(get(urlPathEqualTo(API + "/media")).willReturn(okJson("[]")));
    wp.stubFor(
        post(urlPathEqualTo(API + "/media"))
            .willReturn(
                okJson(
                        """
                        {"id":77,"type":"attachment","media_type":"image","mime_type":"image/jpeg",
                         "alt_text":"Red tulips by a wall",
                         "source_url":"https://blog.example.com/wp-content/uploads/2026/12/trae-%s-Tulips-in-M-rz.jpg"}"""
                            .formatted(Dispatches.COVER))
                    .withStatus(201)));
    wp.stubFor(post(urlEqualTo(API + "/posts")).willReturn(okJson(postJson(124)).withStatus(201)));

    Outcome outcome = connector.publish(dispatch(1, null, true));

    assertThat(outcome).isInstanceOf(Outcome.Delivered.class);
    wp.verify(
        postRequestedFor(urlPathEqualTo(API + "/media"))
            .withQueryParam("alt_text", equalTo("Red tulips by a wall"))
            .withHeader("Content-Type", equalTo("image/jpeg"))
            .withHeader(
                "Content-Disposition",
                equalTo(
                    "attachment; filename=\"trae-" + Dispatches.COVER + "-Tulips-in-M-rz.jpg\""))
            .withRequestBody(binaryEqualTo(Dispatches.COVER_BYTES)));
    wp.verify(
        postRequestedFor(urlEqualTo(API + "/posts"))
            .withRequestBody(matchingJsonPath("$.featured_media", equalTo("77"))));
  }

  @Test
  void aCoverAlreadyInTheMediaLibraryIsNotUploadedAgain() {
    wp.stubFor(
        get(urlPathEqualTo(API + "/media"))
            .withQueryParam("search", equalTo("trae-" + Dispatches.COVER))
            .willReturn(
                okJson(
                    """
                    [{"id":77,"alt_text":"Red tulips by a wall",
                      "source_url":"https://blog.example.com/wp-content/uploads/2026/12/trae-%s-Tulips-scaled.jpg"}]"""
                        .formatted(Dispatches.COVER))));
    wp.stubFor(post(urlEqualTo(API + "/posts/123")).willReturn(okJson(postJson(123))));

    assertThat(connector.publish(dispatch(1, "123", true))).isInstanceOf(Outcome.Delivered.class);

    assertThat(wp.findAll(postRequestedFor(urlPathEqualTo(API + "/media")))).isEmpty();
    wp.verify(
        postRequestedFor(urlEqualTo(API + "/posts/123"))
            .withRequestBody(matchingJsonPath("$.featured_media", equalTo("77"))));
  }

  @Test
  void tagsAreSentAsTheSitesTagIdsMadeWhenNewAndFoundWhenKnown() {
    wp.stubFor(
        post(urlEqualTo(API + "/tags"))
            .withRequestBody(equalToJson("{\"name\":\"garden\"}"))
            .willReturn(
                okJson(
                        "{\"id\":5,\"name\":\"garden\",\"slug\":\"garden\",\"taxonomy\":\"post_tag\"}")
                    .withStatus(201)));
    wp.stubFor(
        post(urlEqualTo(API + "/tags"))
            .withRequestBody(equalToJson("{\"name\":\"spring\"}"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withBody(
                        "{\"code\":\"term_exists\",\"message\":\"A term with the name provided already exists in this taxonomy.\",\"data\":{\"status\":400,\"term_id\":6}}")));
    wp.stubFor(post(urlEqualTo(API + "/posts")).willReturn(okJson(postJson(126)).withStatus(201)));

    assertThat(connector.publish(dispatch(1, null, false))).isInstanceOf(Outcome.Delivered.class);

    wp.verify(
        postRequestedFor(urlEqualTo(API + "/posts"))
            .withRequestBody(matchingJsonPath("$.tags[0]", equalTo("5")))
            .withRequestBody(matchingJsonPath("$.tags[1]", equalTo("6"))));
  }

  @Test
  void aRateLimitIsRetriedAfterWhatTheSiteAsked() {
    wp.stubFor(
        post(urlEqualTo(API + "/posts"))
            .willReturn(
                aResponse()
                    .withStatus(429)
                    .withHeader("Retry-After", "120")
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":\"rest_too_many_requests\",\"message\":\"Too many requests, slow down.\",\"data\":{\"status\":429}}")));

    Outcome outcome = connector.publish(dispatch(1, null, false));

    assertThat(outcome).isInstanceOf(Outcome.Retry.class);
    assertThat(((Outcome.Retry) outcome).retryAfter()).isEqualTo(Duration.ofSeconds(120));
    assertThat(((Outcome.Retry) outcome).reason()).contains("Too many requests, slow down.");
  }

  @Test
  void wordPressErrorsBecomeReasonsInItsOwnWords() {
    wp.stubFor(
        post(urlEqualTo(API + "/posts"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":\"incorrect_password\",\"message\":\"The provided password is an invalid application password.\",\"data\":{\"status\":401}}")));
    wp.stubFor(
        post(urlEqualTo(API + "/posts/9"))
            .willReturn(
                aResponse()
                    .withStatus(400)
                    .withHeader("Content-Type", "application/json")
                    .withBody(
                        "{\"code\":\"rest_invalid_param\",\"message\":\"Invalid parameter(s): slug\",\"data\":{\"status\":400,\"params\":{\"slug\":\"slug is not of type string.\"}}}")));

    Outcome rejected = connector.publish(dispatch(1, null, false));
    Outcome invalid = connector.publish(dispatch(1, "9", false));

    assertThat(rejected).isInstanceOf(Outcome.CredentialRejected.class);
    assertThat(((Outcome.CredentialRejected) rejected).reason())
        .isEqualTo(
            "WordPress refused the post (401 incorrect_password): The provided password is an invalid"
                + " application password. Check the user name and application password, then"
                + " reconnect the channel.");
    assertThat(invalid).isInstanceOf(Outcome.Failed.class);
    assertThat(((Outcome.Failed) invalid).reason())
        .isEqualTo(
            "WordPress refused the post (400 rest_invalid_param): Invalid parameter(s): slug.");
  }

  @Test
  void aRepeatAfterAnUnknownOutcomeFindsThePostTheFirstAttemptMadeInsteadOfMakingASecond() {
    wp.stubFor(
        post(urlEqualTo(API + "/posts"))
            .willReturn(okJson(postJson(125)).withStatus(201).withFixedDelay(4_000)));
    wp.stubFor(
        get(urlPathEqualTo(API + "/posts"))
            .withQueryParam("search", equalTo(MARKER))
            .withQueryParam("context", equalTo("edit"))
            .willReturn(okJson("[" + postJson(125) + "]")));

    Outcome first = connector.publish(dispatch(1, null, false));
    Lookup lookup = connector.lookup(dispatch(1, null, false));
    Outcome repeat = connector.publish(dispatch(2, null, false));

    assertThat(first).isInstanceOf(Outcome.Unknown.class);
    assertThat(lookup)
        .isEqualTo(
            new Lookup.Found("125", "https://blog.example.com/2026/12/02/spring-in-the-garden/"));
    assertThat(repeat).isInstanceOf(Outcome.Delivered.class);
    assertThat(((Outcome.Delivered) repeat).externalId()).isEqualTo("125");
    assertThat(wp.findAll(postRequestedFor(urlEqualTo(API + "/posts")))).hasSize(1);
  }

  @Test
  void aSearchHitWithoutTheMarkerInItsContentIsNotTheLostPost() {
    wp.stubFor(
        get(urlPathEqualTo(API + "/posts"))
            .willReturn(
                okJson(
                    "[{\"id\":5,\"link\":\"https://blog.example.com/?p=5\",\"content\":{\"raw\":\"A post quoting "
                        + "trae-publication in its text\"}}]")));

    assertThat(connector.lookup(dispatch(1, null, false))).isEqualTo(new Lookup.NotFound());
  }

  @Test
  void aLookupWhileTheSiteIsDownAsksAgainLater() {
    wp.stubFor(get(urlPathEqualTo(API + "/posts")).willReturn(aResponse().withStatus(502)));

    assertThat(connector.lookup(dispatch(1, null, false))).isInstanceOf(Lookup.Unavailable.class);
  }

  @Test
  void unpublishingMovesThePostToTheTrashAndAPostAlreadyThereCounts() {
    wp.stubFor(delete(urlEqualTo(API + "/posts/123")).willReturn(okJson(postJson(123))));
    wp.stubFor(
        delete(urlEqualTo(API + "/posts/124"))
            .willReturn(
                aResponse()
                    .withStatus(410)
                    .withBody(
                        "{\"code\":\"rest_already_trashed\",\"message\":\"The post has already been deleted.\",\"data\":{\"status\":410}}")));

    assertThat(connector.unpublish(dispatch(1, "123", false)))
        .isInstanceOf(Outcome.Delivered.class);
    assertThat(connector.unpublish(dispatch(1, "124", false)))
        .isInstanceOf(Outcome.Delivered.class);
  }

  @Test
  void healthTellsAWorkingLoginFromARefusedOneAndFromASiteThatIsDown() {
    wp.stubFor(
        get(urlPathEqualTo(API + "/users/me"))
            .willReturn(
                okJson(
                    "{\"id\":2,\"name\":\"Ed Itor\",\"capabilities\":{\"publish_posts\":true,\"upload_files\":true}}")));
    assertThat(connector.health(channel)).isEqualTo(Health.ok("Signed in as Ed Itor."));

    wp.stubFor(
        get(urlPathEqualTo(API + "/users/me"))
            .willReturn(
                aResponse()
                    .withStatus(401)
                    .withBody(
                        "{\"code\":\"invalid_username\",\"message\":\"Unknown username. Check again or try your email address.\",\"data\":{\"status\":401}}")));
    Health refused = connector.health(channel);
    assertThat(refused.state()).isEqualTo(Health.State.CREDENTIAL_INVALID);
    assertThat(refused.detail()).contains("Unknown username.");

    wp.stubFor(get(urlPathEqualTo(API + "/users/me")).willReturn(aResponse().withStatus(503)));
    assertThat(connector.health(channel).state()).isEqualTo(Health.State.TEMPORARY_FAILURE);
  }

  @Test
  void aSiteAddressMustBeHttpsAwayFromThisMachine() {
    ChannelConfig plain =
        Dispatches.channel(
            "wordpress",
            Map.of("siteUrl", "http://blog.example.com", "username", "editor"),
            Map.of("applicationPassword", "x"),
            ChannelState.inMemory(Map.of()));

    assertThatThrownBy(() -> connector.validate(plain))
        .isInstanceOf(ValidationFailedException.class);
    connector.validate(channel);
  }
}
