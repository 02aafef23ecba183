package ai.trae.platform.ratelimit;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import org.springframework.web.ErrorResponseException;

/**
 * A budget is used up: answered as 429 {@code /problems/too-many-requests} with {@code Retry-After}
 * and the {@code RateLimit-*} headers of the budget that refused.
 */
public class RateLimitExceededException extends ErrorResponseException {

  private final ConsumptionResult result;

  public RateLimitExceededException(ConsumptionResult result) {
    super(
        ProblemType.TOO_MANY_REQUESTS.status(),
        Problems.of(
            ProblemType.TOO_MANY_REQUESTS,
            "Too many requests. Try again in %d second%s."
                .formatted(result.retryAfterSeconds(), result.retryAfterSeconds() == 1 ? "" : "s")),
        null);
    this.result = result;
    result.headers().forEach(getHeaders()::set);
  }

  public ConsumptionResult result() {
    return result;
  }
}
