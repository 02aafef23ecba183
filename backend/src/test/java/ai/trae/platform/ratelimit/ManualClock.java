package ai.trae.platform.ratelimit;

import io.github.bucket4j.TimeMeter;
import java.time.Duration;

/** A clock the test moves, so refill is exercised without sleeping. */
final class ManualClock implements TimeMeter {

  private long nanos = 1_000_000_000L;

  void advance(Duration by) {
    nanos += by.toNanos();
  }

  @Override
  public long currentTimeNanos() {
    return nanos;
  }

  @Override
  public boolean isWallClockBased() {
    return false;
  }
}
