package ai.trae.platform.ratelimit;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The outcome of taking one request from a budget, with what the {@code RateLimit-*} headers
 * report.
 *
 * @param allowed whether the request may proceed
 * @param remaining requests left in the budget right now
 * @param limit the budget's capacity
 * @param resetSeconds seconds until the budget is full again
 * @param retryAfterSeconds seconds to wait before the next request is allowed; 0 when allowed
 */
public record ConsumptionResult(
    boolean allowed, long remaining, long limit, long resetSeconds, long retryAfterSeconds) {

  public static final String LIMIT_HEADER = "RateLimit-Limit";
  public static final String REMAINING_HEADER = "RateLimit-Remaining";
  public static final String RESET_HEADER = "RateLimit-Reset";
  public static final String RETRY_AFTER_HEADER = "Retry-After";

  /** What a disabled limiter answers: always allowed, nothing used. */
  static ConsumptionResult unlimited(long limit) {
    return new ConsumptionResult(true, limit, limit, 0, 0);
  }

  /** The response headers for this result, {@code Retry-After} only when refused. */
  public Map<String, String> headers() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put(LIMIT_HEADER, Long.toString(limit));
    headers.put(REMAINING_HEADER, Long.toString(remaining));
    headers.put(RESET_HEADER, Long.toString(resetSeconds));
    if (!allowed) {
      headers.put(RETRY_AFTER_HEADER, Long.toString(retryAfterSeconds));
    }
    return headers;
  }
}
