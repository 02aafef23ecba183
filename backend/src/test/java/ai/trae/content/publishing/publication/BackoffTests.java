package ai.trae.content.publishing.publication;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BackoffTests {

  final Backoff highest =
      new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), bound -> bound);
  final Backoff lowest = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5), bound -> 0);

  @Test
  void theWaitDoublesWithEachAttemptUpToTheMaximum() {
    assertThat(highest.after(1, null)).isEqualTo(Duration.ofSeconds(10));
    assertThat(highest.after(2, null)).isEqualTo(Duration.ofSeconds(20));
    assertThat(highest.after(3, null)).isEqualTo(Duration.ofSeconds(40));
    assertThat(highest.after(6, null)).isEqualTo(Duration.ofMinutes(5));
    assertThat(highest.after(60, null)).isEqualTo(Duration.ofMinutes(5));
  }

  @Test
  void theJitterTakesBetweenHalfAndAllOfIt() {
    assertThat(lowest.after(1, null)).isEqualTo(Duration.ofSeconds(5));
    assertThat(lowest.after(3, null)).isEqualTo(Duration.ofSeconds(20));
    Backoff real =
        new Backoff(
            new ai.trae.content.publishing.PublishingProperties(
                Duration.ofSeconds(5),
                Duration.ofSeconds(20),
                Duration.ofSeconds(10),
                Duration.ofMinutes(30),
                8,
                Duration.ofMinutes(5),
                Duration.ofHours(6),
                Duration.ofDays(7)));
    for (int i = 0; i < 200; i++) {
      assertThat(real.after(2, null)).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
    }
  }

  @Test
  void aLongerRetryAfterWinsAndAShorterOneDoesNot() {
    assertThat(highest.after(1, Duration.ofMinutes(2))).isEqualTo(Duration.ofMinutes(2));
    assertThat(highest.after(3, Duration.ofSeconds(1))).isEqualTo(Duration.ofSeconds(40));
  }
}
