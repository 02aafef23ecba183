package ai.trae.content.publishing.publication;

import ai.trae.content.publishing.PublishingProperties;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.LongUnaryOperator;
import org.jspecify.annotations.Nullable;

/**
 * The wait before the next attempt: {@code retryBase × 2^(attempt-1)}, capped at {@code retryMax},
 * of which a random part is taken (between half and all of it), so deliveries that failed together
 * do not come back together. A longer {@code Retry-After} from the destination wins.
 */
final class Backoff {

  private final Duration base;
  private final Duration max;
  private final LongUnaryOperator random;

  Backoff(PublishingProperties properties) {
    this(
        properties.retryBase(),
        properties.retryMax(),
        bound -> bound <= 0 ? 0 : ThreadLocalRandom.current().nextLong(bound + 1));
  }

  /**
   * @param random a number from 0 to its argument, both included
   */
  Backoff(Duration base, Duration max, LongUnaryOperator random) {
    this.base = base;
    this.max = max;
    this.random = random;
  }

  /**
   * @param attempt the attempt that just failed, 1 for the first
   */
  Duration after(int attempt, @Nullable Duration retryAfter) {
    long cap = max.toMillis();
    long wait = base.toMillis();
    for (int i = 1; i < attempt && wait < cap; i++) {
      wait *= 2;
    }
    wait = Math.min(wait, cap);
    long jittered = wait / 2 + random.applyAsLong(wait - wait / 2);
    Duration delay = Duration.ofMillis(jittered);
    return retryAfter != null && retryAfter.compareTo(delay) > 0 ? retryAfter : delay;
  }
}
