package ai.trae.platform.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SignedWebhooksTests {

  static final String BODY = "{\"type\":\"content.published\",\"data\":{\"title\":\"Grüße\"}}";

  @Test
  void theReferenceImplementationVerifiesWhatTraeSigns() {
    String secret = WebhookSecrets.generate();
    var headers = SignedWebhooks.sign("msg_1", Instant.now(), BODY, List.of(secret));

    assertThat(headers.signature()).startsWith("v1,").doesNotContain(" ");
    assertThat(ReferenceVerifier.npmAccepts(secret, headers.asMap(), BODY)).isTrue();
    assertThat(ReferenceVerifier.specAccepts(secret, headers.asMap(), BODY)).isTrue();
  }

  @Test
  void aTamperedBodyOrAnotherSecretIsRefused() {
    String secret = WebhookSecrets.generate();
    Map<String, String> headers =
        SignedWebhooks.sign("msg_2", Instant.now(), BODY, List.of(secret)).asMap();

    assertThat(ReferenceVerifier.npmAccepts(secret, headers, BODY.replace("ü", "u"))).isFalse();
    assertThat(ReferenceVerifier.npmAccepts(WebhookSecrets.generate(), headers, BODY)).isFalse();
    assertThat(ReferenceVerifier.specAccepts(WebhookSecrets.generate(), headers, BODY)).isFalse();
  }

  @Test
  void duringARotationBothSecretsVerify() {
    String next = WebhookSecrets.generate();
    String previous = WebhookSecrets.generate();
    Map<String, String> headers =
        SignedWebhooks.sign("msg_3", Instant.now(), BODY, List.of(next, previous)).asMap();

    assertThat(headers.get("webhook-signature").split(" "))
        .hasSize(2)
        .allMatch(s -> s.startsWith("v1,"));
    assertThat(ReferenceVerifier.npmAccepts(next, headers, BODY)).isTrue();
    assertThat(ReferenceVerifier.npmAccepts(previous, headers, BODY)).isTrue();
  }

  @Test
  void theRequestCarriesTheHeadersAndTheBody() {
    String secret = WebhookSecrets.generate();
    var request =
        SignedWebhooks.post(
                URI.create("https://example.com/hook"),
                "msg_4",
                Instant.ofEpochSecond(1_700_000_000),
                BODY,
                List.of(secret))
            .build();

    assertThat(request.method()).isEqualTo("POST");
    assertThat(request.headers().firstValue("webhook-id")).hasValue("msg_4");
    assertThat(request.headers().firstValue("webhook-timestamp")).hasValue("1700000000");
    assertThat(request.headers().firstValue("content-type")).hasValue("application/json");
  }

  @Test
  void secretsAreWhsecWithEnoughRandomBytes() {
    String secret = WebhookSecrets.generate();
    assertThat(secret).startsWith("whsec_");
    assertThat(WebhookSecrets.isValid(secret)).isTrue();
    assertThat(WebhookSecrets.generate()).isNotEqualTo(secret);
    assertThat(WebhookSecrets.isValid("whsec_c2hvcnQ=")).as("5 bytes").isFalse();
    assertThat(WebhookSecrets.isValid("secret")).isFalse();
    assertThat(WebhookSecrets.isValid("whsec_!!!")).isFalse();
    assertThatThrownBy(() -> SignedWebhooks.sign("m", Instant.now(), BODY, List.of("nope")))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
