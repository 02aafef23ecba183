package ai.trae.platform.ratelimit;

import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;

/**
 * A budget is used up: answered as 429 {@code /problems/too-many-requests} with {@code Retry-After}
 * and the {@code RateLimit-*} headers of the budget that refused.
 */
public class RateLimitExceededException extends ProblemException {

  private final ConsumptionResult result;

  public RateLimitExceededException(ConsumptionResult result) {
    super(
        PlatformProblem.TOO_MANY_REQUESTS,
        "Too many requests. Try again in %d second%s."
            .formatted(result.retryAfterSeconds(), result.retryAfterSeconds() == 1 ? "" : "s"));
    this.result = result;
    result.headers().forEach(getHeaders()::set);
  }

  public ConsumptionResult result() {
    return result;
  }
}
