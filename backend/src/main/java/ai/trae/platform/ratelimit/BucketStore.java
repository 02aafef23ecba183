package ai.trae.platform.ratelimit;

import io.github.bucket4j.ConsumptionProbe;

/** Where buckets live: this process, or Redis shared by every node. */
interface BucketStore {

  /** Takes one token from the bucket of {@code key} under {@code policy}. */
  ConsumptionProbe tryConsume(RateLimitPolicy policy, String key);

  /** Where the buckets are, for the start-up log. */
  String describe();
}
