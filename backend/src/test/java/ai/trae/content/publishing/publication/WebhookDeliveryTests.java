package ai.trae.content.publishing.publication;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.content.publishing.PublishingCalls;
import ai.trae.content.publishing.PublishingIntegrationTest;
import ai.trae.platform.webhooks.ReferenceVerifier;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * The delivery engine and the real {@code webhook} connector against a real HTTP receiver
 * (WireMock): a receiver that is down is retried until it is back, one that times out after reading
 * the request gets the same webhook-id again, every request carries a signature that the Standard
 * Webhooks reference package (npm {@code standardwebhooks}) accepts, and the delivery log over HTTP
 * shows every attempt.
 */
@PublishingIntegrationTest
class WebhookDeliveryTests {

  static WireMockServer receiver;

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  ContentCallers api;
  PublishingCalls calls;
  Caller editor;

  @BeforeAll
  static void startReceiver() {
    receiver = new WireMockServer(options().dynamicPort());
    receiver.start();
  }

  @AfterAll
  static void stopReceiver() {
    receiver.stop();
  }

  @BeforeEach
  void setUp() {
    api = new ContentCallers(http, accounts, jdbc);
    calls = new PublishingCalls(api, http);
    editor = api.user("EDITOR");
  }

  List<LoggedRequest> received(String path) {
    return receiver.findAll(postRequestedFor(urlEqualTo(path)));
  }

  /** Every request verified by the reference implementation with the channel's secret. */
  static void allSigned(List<LoggedRequest> requests, String secret) {
    assertThat(requests)
        .allSatisfy(
            r ->
                assertThat(
                        ReferenceVerifier.npmAccepts(
                            secret,
                            Map.of(
                                "webhook-id", r.getHeader("webhook-id"),
                                "webhook-timestamp", r.getHeader("webhook-timestamp"),
                                "webhook-signature", r.getHeader("webhook-signature")),
                            r.getBodyAsString()))
                    .as("signature of attempt at %s", r.getLoggedDate())
                    .isTrue());
  }

  @Test
  void aReceiverThatIsDownIsRetriedUntilItIsBackAndGetsThePostOnce() {
    String path = "/down-" + UUID.randomUUID();
    receiver.stubFor(
        post(urlEqualTo(path)).willReturn(aResponse().withStatus(503).withBody("down")));
    var channel = calls.webhookChannel(receiver.baseUrl() + path, editor);

    UUID item = calls.publishedItem(editor, "Down then back", channel.slug());
    Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> received(path).size() >= 2);
    receiver.stubFor(post(urlEqualTo(path)).willReturn(aResponse().withStatus(200).withBody("{}")));

    JsonNode p = calls.awaitStatus(item, channel.slug(), editor, "delivered");
    List<LoggedRequest> requests = received(path);
    assertThat(requests.size()).isEqualTo(p.get("attempts").asInt());
    assertThat(requests)
        .extracting(r -> r.getHeader("webhook-id"))
        .containsOnly(requests.getFirst().getHeader("webhook-id"));
    allSigned(requests, channel.signingSecret());
    assertThat(Http.json(requests.getLast().getBodyAsString()).get("data").get("id").asString())
        .isEqualTo(item.toString());
    List<JsonNode> log = calls.attempts(item, editor);
    assertThat(log).hasSize(requests.size());
    assertThat(log.subList(0, log.size() - 1))
        .allSatisfy(
            a -> {
              assertThat(a.get("outcome").asString()).isEqualTo("retry");
              assertThat(a.get("status").asInt()).isEqualTo(503);
              assertThat(a.get("response").asString()).isEqualTo("down");
            });
    assertThat(log.getLast().get("outcome").asString()).isEqualTo("delivered");
    assertThat(log.getLast().get("status").asInt()).isEqualTo(200);
    assertThat(log.getLast().get("request").asString())
        .isEqualTo(
            "POST "
                + receiver.baseUrl()
                + path
                + " ("
                + requests.getFirst().getBody().length
                + " bytes)");
    // nothing more is sent once it arrived
    Awaitility.await().pollDelay(Duration.ofSeconds(1)).until(() -> true);
    assertThat(received(path)).hasSize(requests.size());
  }

  @Test
  void aReceiverThatTimesOutAfterReadingTheRequestGetsTheSameWebhookIdAgain() {
    String path = "/slow-" + UUID.randomUUID();
    String scenario = "slow-" + path;
    receiver.stubFor(
        post(urlEqualTo(path))
            .inScenario(scenario)
            .whenScenarioStateIs(Scenario.STARTED)
            .willReturn(aResponse().withStatus(200).withFixedDelay(2_500))
            .willSetStateTo("fast"));
    receiver.stubFor(
        post(urlEqualTo(path))
            .inScenario(scenario)
            .whenScenarioStateIs("fast")
            .willReturn(aResponse().withStatus(200).withBody("{\"ok\":true}")));
    var channel = calls.webhookChannel(receiver.baseUrl() + path, editor);

    UUID item = calls.publishedItem(editor, "Slow receiver", channel.slug());

    calls.awaitStatus(item, channel.slug(), editor, "delivered");
    List<LoggedRequest> requests = received(path);
    assertThat(requests).hasSize(2);
    assertThat(requests.get(1).getHeader("webhook-id"))
        .isEqualTo(requests.get(0).getHeader("webhook-id"));
    allSigned(requests, channel.signingSecret());
    List<JsonNode> log = calls.attempts(item, editor);
    assertThat(log)
        .extracting(a -> a.get("outcome").asString())
        .containsExactly("unknown", "delivered");
    assertThat(log.getFirst().get("reason").asString()).contains("no answer came within 1 s");
    // no answer, no status: absent, as every empty field
    assertThat(log.getFirst().has("status")).isFalse();
    assertThat(log)
        .extracting(a -> a.get("idempotencyKey").asString())
        .containsOnly(requests.get(0).getHeader("webhook-id"));
  }
}
