package ai.trae.platform.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class LocalBucketStoreTests {

  private final ManualClock clock = new ManualClock();
  private final RateLimitPolicy policy = new RateLimitPolicy("api", 2, Duration.ofMinutes(1));

  @Test
  void idleBucketsAreDroppedOnceTheyWouldBeFull() {
    LocalBucketStore store = new LocalBucketStore(clock, 1000);
    store.tryConsume(policy, "a");

    clock.advance(Duration.ofSeconds(50));
    store.tryConsume(policy, "b");
    store.tryConsume(policy, "b");
    assertThat(store.size()).isEqualTo(2);

    clock.advance(Duration.ofSeconds(35));
    store.tryConsume(policy, "c");

    // "a", idle 85 s (over its 60 s refill), is gone; "b", used 35 s ago, stays
    assertThat(store.size()).isEqualTo(2);
    assertThat(store.tryConsume(policy, "b").getRemainingTokens())
        .as("b kept its count: one token back in 35 s, taken now")
        .isZero();
  }

  @Test
  void theMapStaysBoundedUnderAFloodOfKeys() {
    LocalBucketStore store = new LocalBucketStore(clock, 100);

    for (int i = 0; i < 1_000; i++) {
      clock.advance(Duration.ofMillis(1));
      store.tryConsume(policy, "invented-" + i);
    }

    assertThat(store.size()).isLessThanOrEqualTo(101);
    // the most recent client keeps its bucket
    assertThat(store.tryConsume(policy, "invented-999").getRemainingTokens()).isZero();
  }

  @Test
  void aFloodOfNewKeysDoesNotHandAnExhaustedClientAFreshBudget() {
    LocalBucketStore store = new LocalBucketStore(clock, 100);
    store.tryConsume(policy, "victim");
    store.tryConsume(policy, "victim");
    assertThat(store.tryConsume(policy, "victim").isConsumed()).isFalse();

    for (int i = 0; i < 1_000; i++) {
      clock.advance(Duration.ofMillis(10));
      store.tryConsume(policy, "invented-" + i);
    }

    // 10 s later about a third of a token is back: still nothing to spend
    assertThat(store.tryConsume(policy, "victim").isConsumed())
        .as("the flood must not evict the victim's bucket")
        .isFalse();
    assertThat(store.size()).isLessThanOrEqualTo(101);
  }
}
