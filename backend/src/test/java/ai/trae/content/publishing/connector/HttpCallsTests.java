package ai.trae.content.publishing.connector;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.WireMockServer;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HttpCallsTests {

  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  static WireMockServer server;
  static HttpCalls calls;

  @BeforeAll
  static void start() {
    server = new WireMockServer(options().dynamicPort());
    server.start();
    calls =
        new HttpCalls(
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
            Duration.ofMillis(500),
            Clock.fixed(NOW, ZoneOffset.UTC));
  }

  @AfterAll
  static void stop() {
    server.stop();
  }

  HttpRequest.Builder post(String path) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path + "?token=secret"))
        .POST(HttpRequest.BodyPublishers.ofString("{\"a\":1}"));
  }

  void answer(String path, int status, String body) {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo(path + "?token=secret"))
            .willReturn(aResponse().withStatus(status).withBody(body)));
  }

  @Test
  void aTwoHundredIsASuccessWithItsBodyAndASummaryThatHoldsNoQuery() {
    answer("/ok", 201, "{\"id\":\"42\"}");

    var call = calls.send(post("/ok"));

    assertThat(call.ok()).isTrue();
    assertThat(call.body()).isEqualTo("{\"id\":\"42\"}");
    assertThat(call.exchange().status()).isEqualTo(201);
    assertThat(call.exchange().request())
        .isEqualTo("POST " + server.baseUrl() + "/ok (7 bytes)")
        .doesNotContain("secret");
  }

  @Test
  void aRateLimitIsRetriedAfterWhatTheDestinationAsked() {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/busy?token=secret"))
            .willReturn(aResponse().withStatus(429).withHeader("Retry-After", "30")));

    var outcome = calls.send(post("/busy")).outcome();

    assertThat(outcome).isInstanceOf(Outcome.Retry.class);
    assertThat(((Outcome.Retry) outcome).retryAfter()).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void serverErrorsAreRetriedCredentialRefusalsAreNotAndOtherRefusalsFail() {
    answer("/down", 503, "maintenance");
    answer("/auth", 401, "{\"error\":\"invalid token\"}");
    answer("/bad", 422, "{\"error\":\"too long\"}");

    assertThat(calls.send(post("/down")).outcome()).isInstanceOf(Outcome.Retry.class);
    assertThat(calls.send(post("/auth")).outcome()).isInstanceOf(Outcome.CredentialRejected.class);
    Outcome bad = calls.send(post("/bad")).outcome();
    assertThat(bad).isInstanceOf(Outcome.Failed.class);
    assertThat(bad.exchange().response()).isEqualTo("{\"error\":\"too long\"}");
  }

  @Test
  void noAnswerAfterSendingIsAnUnknownOutcomeNotARetry() {
    server.stubFor(
        com.github.tomakehurst.wiremock.client.WireMock.post(urlEqualTo("/slow?token=secret"))
            .willReturn(aResponse().withStatus(200).withFixedDelay(2_000)));

    Outcome outcome = calls.send(post("/slow")).outcome();

    assertThat(outcome).isInstanceOf(Outcome.Unknown.class);
    assertThat(
            server.findAll(
                com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor(
                    urlEqualTo("/slow?token=secret"))))
        .hasSize(1);
  }

  @Test
  void aDestinationThatIsNotListeningIsSafeToRetry() throws Exception {
    int closed;
    try (var socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    }
    var request =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + closed + "/hook"))
            .POST(HttpRequest.BodyPublishers.ofString("{}"));

    Outcome outcome = calls.send(request).outcome();

    assertThat(outcome).isInstanceOf(Outcome.Retry.class);
    assertThat(((Outcome.Retry) outcome).reason()).contains("nothing was sent");
  }

  @Test
  void retryAfterMayBeAnHttpDate() {
    assertThat(calls.retryAfter(Optional.of("Wed, 02 Dec 2026 10:01:00 GMT")))
        .isEqualTo(Duration.ofMinutes(1));
    assertThat(calls.retryAfter(Optional.of("soon"))).isNull();
    assertThat(calls.retryAfter(Optional.empty())).isNull();
  }
}
