package ai.trae.content.publishing.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.ChannelState;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Health;
import ai.trae.content.publishing.connector.HttpCalls;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.connector.OutgoingItem;
import ai.trae.platform.web.ValidationFailedException;
import ai.trae.platform.webhooks.ReferenceVerifier;
import ai.trae.platform.webhooks.WebhookSecrets;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The webhook connector against a WireMock receiver; every signature is checked by the npm
 * reference implementation of Standard Webhooks, not by the Java library that made it.
 */
class WebhookConnectorTests {

  static final JsonMapper JSON = JsonMapper.builder().build();
  static WireMockServer receiver;
  static WebhookConnector connector;

  final String secret = WebhookSecrets.generate();

  @BeforeAll
  static void start() {
    receiver = new WireMockServer(options().dynamicPort());
    receiver.start();
    connector =
        new WebhookConnector(
            new HttpCalls(
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                Duration.ofMillis(700),
                Clock.systemUTC()),
            Clock.systemUTC());
  }

  @AfterAll
  static void stop() {
    receiver.stop();
  }

  @BeforeEach
  void reset() {
    receiver.resetAll();
  }

  ChannelConfig channel(String url, Map<String, String> secrets) {
    return new ChannelConfig(
        UUID.randomUUID(),
        "hooks",
        "Hooks",
        "webhook",
        Map.of("url", url, "allowInsecureHttp", "true"),
        secrets,
        ChannelState.inMemory(Map.of()));
  }

  ChannelConfig channel() {
    return channel(receiver.baseUrl() + "/hook", Map.of("signingSecret", secret));
  }

  static OutgoingItem item() {
    return new OutgoingItem(
        UUID.randomUUID(),
        "article",
        "Grüße from TRAE",
        "gruesse",
        "A summary",
        "Hello **world**",
        "<p>Hello <strong>world</strong></p>",
        List.of("news"),
        null,
        null,
        "Meta title",
        null,
        "https://example.com/gruesse",
        "https://trae.example/items/gruesse",
        Instant.parse("2026-12-02T09:00:00Z"),
        3);
  }

  static Dispatch dispatch(ChannelConfig channel, String key, int attempt, String externalId) {
    return new Dispatch(channel, UUID.randomUUID(), key, attempt, item(), externalId, null);
  }

  void answer(int status) {
    receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(status)));
  }

  List<LoggedRequest> received() {
    return receiver.findAll(postRequestedFor(urlEqualTo("/hook")));
  }

  static Map<String, String> signatureHeaders(LoggedRequest request) {
    return Map.of(
        "webhook-id", request.getHeader("webhook-id"),
        "webhook-timestamp", request.getHeader("webhook-timestamp"),
        "webhook-signature", request.getHeader("webhook-signature"));
  }

  @Test
  void publishPostsTheItemSignedSoThatTheReferenceVerifierAcceptsIt() {
    answer(204);
    Dispatch dispatch = dispatch(channel(), "del_1", 1, null);

    Outcome outcome = connector.publish(dispatch);

    assertThat(outcome).isInstanceOf(Outcome.Delivered.class);
    assertThat(((Outcome.Delivered) outcome).externalId())
        .isEqualTo(dispatch.publicationId().toString());
    LoggedRequest request = received().getFirst();
    assertThat(request.getHeader("webhook-id")).isEqualTo("del_1");
    assertThat(request.getHeader("Content-Type")).startsWith("application/json");
    assertThat(request.getHeader("User-Agent")).isEqualTo("TRAE-Webhooks/1");
    String body = request.getBodyAsString();
    assertThat(ReferenceVerifier.npmAccepts(secret, signatureHeaders(request), body)).isTrue();
    assertThat(ReferenceVerifier.specAccepts(secret, signatureHeaders(request), body)).isTrue();
    JsonNode event = JSON.readTree(body);
    assertThat(event.get("type").asString()).isEqualTo("content.published");
    assertThat(event.get("data").get("title").asString()).isEqualTo("Grüße from TRAE");
    assertThat(event.get("data").get("html").asString()).contains("<strong>world</strong>");
    assertThat(event.get("data").get("seo").get("metaTitle").asString()).isEqualTo("Meta title");
    assertThat(event.get("data").get("channel").asString()).isEqualTo("hooks");
    assertThat(outcome.exchange().request()).doesNotContain(secret);
  }

  @Test
  void anItemAlreadyDeliveredIsSentAsAnUpdateAndAnUnpublishAsItsOwnEvent() {
    answer(200);

    connector.publish(dispatch(channel(), "del_2", 1, "earlier"));
    Outcome removed = connector.unpublish(dispatch(channel(), "del_3", 1, "earlier"));

    assertThat(removed).isInstanceOf(Outcome.Delivered.class);
    assertThat(received())
        .extracting(r -> JSON.readTree(r.getBodyAsString()).get("type").asString())
        .containsExactlyInAnyOrder("content.updated", "content.unpublished");
  }

  @Test
  void aReceiverThatIsDownIsRetriedLater() throws Exception {
    int closed;
    try (var socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    var down = channel("http://127.0.0.1:" + closed + "/hook", Map.of("signingSecret", secret));

    assertThat(connector.publish(dispatch(down, "del_4", 1, null)))
        .isInstanceOf(Outcome.Retry.class);
  }

  @Test
  void serverErrorsAndRateLimitsAreRetriedAfterWhatTheReceiverAsked() {
    answer(503);
    assertThat(connector.publish(dispatch(channel(), "del_5", 1, null)))
        .isInstanceOf(Outcome.Retry.class);

    receiver.stubFor(
        post(urlEqualTo("/hook"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "7")));
    Outcome limited = connector.publish(dispatch(channel(), "del_5", 2, null));
    assertThat(limited).isInstanceOf(Outcome.Retry.class);
    assertThat(((Outcome.Retry) limited).retryAfter()).isEqualTo(Duration.ofSeconds(7));
  }

  @Test
  void aReceiverThatReadsAndThenTimesOutIsAnUnknownOutcomeAndTheRepeatCarriesTheSameId() {
    receiver.stubFor(
        post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));
    ChannelConfig channel = channel();
    UUID publication = UUID.randomUUID();
    Dispatch first = new Dispatch(channel, publication, "del_6", 1, item(), null, null);

    assertThat(connector.publish(first)).isInstanceOf(Outcome.Unknown.class);

    answer(200);
    Dispatch repeat = new Dispatch(channel, publication, "del_6", 2, item(), null, null);
    assertThat(connector.publish(repeat)).isInstanceOf(Outcome.Delivered.class);

    List<LoggedRequest> both = received();
    assertThat(both).hasSize(2);
    assertThat(both).extracting(r -> r.getHeader("webhook-id")).containsOnly("del_6");
    assertThat(both)
        .allMatch(
            r -> ReferenceVerifier.npmAccepts(secret, signatureHeaders(r), r.getBodyAsString()));
  }

  @Test
  void healthIsASignedPingThatTellsADeadSecretFromADownReceiver() {
    answer(200);
    assertThat(connector.health(channel()).state()).isEqualTo(Health.State.OK);
    LoggedRequest ping = received().getFirst();
    assertThat(JSON.readTree(ping.getBodyAsString()).get("type").asString()).isEqualTo("ping");
    assertThat(ReferenceVerifier.npmAccepts(secret, signatureHeaders(ping), ping.getBodyAsString()))
        .isTrue();

    answer(401);
    assertThat(connector.health(channel()).state()).isEqualTo(Health.State.CREDENTIAL_INVALID);
    answer(403);
    assertThat(connector.health(channel()).state()).isEqualTo(Health.State.CREDENTIAL_INVALID);
    answer(502);
    assertThat(connector.health(channel()).state()).isEqualTo(Health.State.TEMPORARY_FAILURE);
  }

  @Test
  void aRotationSignsWithBothSecretsUntilTheOverlapEnds() {
    answer(200);
    Map<String, String> rotated =
        connector.rotate(channel(), Instant.now().plus(Duration.ofHours(1)));
    assertThat(rotated.get("signingSecret")).isNotEqualTo(secret).startsWith("whsec_");
    assertThat(rotated.get("previousSigningSecret")).isEqualTo(secret);

    connector.publish(dispatch(channel(receiver.baseUrl() + "/hook", rotated), "del_7", 1, null));
    LoggedRequest during = received().getFirst();
    assertThat(during.getHeader("webhook-signature").split(" ")).hasSize(2);
    assertThat(
            ReferenceVerifier.npmAccepts(
                rotated.get("signingSecret"), signatureHeaders(during), during.getBodyAsString()))
        .isTrue();
    assertThat(
            ReferenceVerifier.npmAccepts(
                secret, signatureHeaders(during), during.getBodyAsString()))
        .isTrue();

    Map<String, String> ended = new HashMap<>(rotated);
    ended.put("previousSigningSecretUntil", Instant.now().minusSeconds(1).toString());
    receiver.resetRequests();
    connector.publish(dispatch(channel(receiver.baseUrl() + "/hook", ended), "del_8", 1, null));
    LoggedRequest after = received().getFirst();
    assertThat(after.getHeader("webhook-signature").split(" ")).hasSize(1);
    assertThat(
            ReferenceVerifier.npmAccepts(secret, signatureHeaders(after), after.getBodyAsString()))
        .isFalse();
  }

  @Test
  void aNewChannelWithoutASecretGetsOneAndAGivenOneIsKept() {
    assertThat(connector.secretsForNewChannel(Map.of()).get("signingSecret")).startsWith("whsec_");
    assertThat(connector.secretsForNewChannel(Map.of("signingSecret", secret)))
        .containsEntry("signingSecret", secret);
    assertThat(connector.spec().repeatIsSafe()).isTrue();
    assertThat(connector.spec().rotatable()).isTrue();
  }

  @Test
  void urlsMustBeHttpsExceptPlainHttpToAPrivateHostWhenAllowed() {
    connector.validate(config("https://hooks.example.com/x", false, secret));
    connector.validate(config("http://127.0.0.1:9/x", true, secret));
    connector.validate(config("http://localhost/x", true, secret));

    assertRefused(config("http://localhost/x", false, secret), "settings.url");
    assertRefused(config("http://8.8.8.8/x", true, secret), "settings.url");
    assertRefused(config("ftp://example.com/x", true, secret), "settings.url");
    assertRefused(config("https://user:pw@example.com/x", false, secret), "settings.url");
    assertRefused(config("not a url", false, secret), "settings.url");
    assertRefused(
        config("https://hooks.example.com/x", false, "not-a-secret"), "secrets.signingSecret");
  }

  static ChannelConfig config(String url, boolean http, String secret) {
    return new ChannelConfig(
        UUID.randomUUID(),
        "v",
        "V",
        "webhook",
        Map.of("url", url, "allowInsecureHttp", Boolean.toString(http)),
        Map.of("signingSecret", secret),
        ChannelState.inMemory(Map.of()));
  }

  static void assertRefused(ChannelConfig config, String field) {
    assertThatThrownBy(() -> connector.validate(config))
        .isInstanceOf(ValidationFailedException.class)
        .satisfies(
            ex ->
                assertThat(((ValidationFailedException) ex).getBody().getProperties().toString())
                    .contains(field));
  }
}
