package ai.trae.content.publishing.webhook;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.content.publishing.channel.ChannelRows;
import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.feed.PullChannels;
import ai.trae.platform.webhooks.ReferenceVerifier;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A webhook channel as the application stores it: settings and a sealed secret in {@code
 * content_channels}, opened by the directory, sent by the connector bean the registry finds.
 */
@IntegrationTest
class WebhookChannelTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired ChannelRows rows;
  @Autowired ChannelDirectory directory;
  @Autowired Connectors connectors;

  WireMockServer receiver;

  @BeforeEach
  void start() {
    receiver = new WireMockServer(options().dynamicPort());
    receiver.start();
    receiver.stubFor(post(urlEqualTo("/hook")).willReturn(aResponse().withStatus(202)));
  }

  @AfterEach
  void stop() {
    receiver.stop();
  }

  @Test
  void aStoredChannelsSecretSignsWhatTheRegisteredConnectorSends() {
    var connector = connectors.get("webhook");
    Map<String, String> secrets = connector.secretsForNewChannel(Map.of());
    Channel channel =
        new PullChannels(http, accounts, rows, directory)
            .channel(
                "hook",
                "webhook",
                Map.of("url", receiver.baseUrl() + "/hook", "allowInsecureHttp", "true"),
                secrets);
    ChannelConfig config = directory.config(rows.find(channel.id()).orElseThrow());
    connector.validate(config);

    Outcome outcome =
        connector.publish(
            new Dispatch(
                config,
                UUID.randomUUID(),
                "del_stored",
                1,
                WebhookConnectorTests.item(),
                null,
                null));

    assertThat(outcome).isInstanceOf(Outcome.Delivered.class);
    assertThat(outcome.exchange().status()).isEqualTo(202);
    LoggedRequest request = receiver.findAll(postRequestedFor(urlEqualTo("/hook"))).getFirst();
    assertThat(
            ReferenceVerifier.npmAccepts(
                secrets.get("signingSecret"),
                WebhookConnectorTests.signatureHeaders(request),
                request.getBodyAsString()))
        .isTrue();
  }
}
