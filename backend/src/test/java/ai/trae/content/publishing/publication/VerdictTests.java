package ai.trae.content.publishing.publication;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTests {

  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");
  final Verdict verdict =
      new Verdict(new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), bound -> bound), 3);

  static ConnectorSpec spec(boolean repeatIsSafe, boolean canLookUp) {
    return new ConnectorSpec(
        "x", "X", List.of(), List.of(), false, true, true, repeatIsSafe, canLookUp, false);
  }

  static final Outcome.Unknown UNKNOWN = new Outcome.Unknown("No answer.", Exchange.NONE);

  @Test
  void aRetryWaitsThenStopsAtTheLimitWithTheReason() {
    var retry = new Outcome.Retry("503.", null, Exchange.NONE);
    var first = verdict.of(retry, Operation.PUBLISH, spec(false, false), 1, 1, NOW);
    assertThat(first.status()).isEqualTo(PublicationStatus.RETRYING);
    assertThat(first.nextAttemptAt()).isEqualTo(NOW.plusSeconds(10));
    var last = verdict.of(retry, Operation.PUBLISH, spec(false, false), 3, 1, NOW);
    assertThat(last.status()).isEqualTo(PublicationStatus.FAILED);
    assertThat(last.lastError()).isEqualTo("Stopped after 3 attempts. 503.");
  }

  @Test
  void aRefusalAndARejectedCredentialFailAtOnce() {
    assertThat(
            verdict
                .of(
                    new Outcome.Failed("422.", Exchange.NONE),
                    Operation.PUBLISH,
                    spec(true, true),
                    1,
                    1,
                    NOW)
                .status())
        .isEqualTo(PublicationStatus.FAILED);
    assertThat(
            verdict
                .of(
                    new Outcome.CredentialRejected("401.", Exchange.NONE),
                    Operation.UPDATE,
                    spec(true, true),
                    1,
                    1,
                    NOW)
                .status())
        .isEqualTo(PublicationStatus.FAILED);
  }

  @Test
  void anUnknownOutcomeIsRepeatedOnlyWhereSafeLookedUpWhereItCanBeAndOtherwiseChecked() {
    var repeat = verdict.of(UNKNOWN, Operation.PUBLISH, spec(true, false), 1, 1, NOW);
    assertThat(repeat.status()).isEqualTo(PublicationStatus.RETRYING);
    assertThat(repeat.checkFirst()).isFalse();

    var lookUp = verdict.of(UNKNOWN, Operation.PUBLISH, spec(false, true), 1, 1, NOW);
    assertThat(lookUp.status()).isEqualTo(PublicationStatus.RETRYING);
    assertThat(lookUp.checkFirst()).isTrue();

    var person = verdict.of(UNKNOWN, Operation.PUBLISH, spec(false, false), 1, 1, NOW);
    assertThat(person.status()).isEqualTo(PublicationStatus.NEEDS_CHECKING);
    assertThat(person.nextAttemptAt()).isNull();

    // out of attempts while it may have arrived: a person looks, not a blind retry
    assertThat(verdict.of(UNKNOWN, Operation.PUBLISH, spec(false, true), 3, 1, NOW).status())
        .isEqualTo(PublicationStatus.NEEDS_CHECKING);
  }

  @Test
  void aDeliveryKeepsWhatTheDestinationCalledItAndAnUnpublishRemovesIt() {
    var delivered = new Outcome.Delivered("42", "https://x.example/42", Exchange.NONE);
    var published = verdict.of(delivered, Operation.PUBLISH, spec(false, false), 1, 7, NOW);
    assertThat(published.status()).isEqualTo(PublicationStatus.DELIVERED);
    assertThat(published.externalId()).isEqualTo("42");
    assertThat(published.itemVersion()).isEqualTo(7);
    assertThat(verdict.of(delivered, Operation.UNPUBLISH, spec(false, false), 1, 7, NOW).status())
        .isEqualTo(PublicationStatus.REMOVED);
  }
}
