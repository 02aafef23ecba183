package ai.trae.identity.user;

import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.Problems;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * The account changed since the caller read it: 412 when the caller's {@code If-Match} named the
 * old version (a failed precondition, RFC 9110), 409 otherwise. Either way nothing was written.
 */
public class UserVersionConflict extends ErrorResponseException {

  static final String DETAIL =
      "Someone else changed this user since you loaded it. Reload it and make your change again.";

  UserVersionConflict(boolean precondition, @Nullable Integer currentVersion) {
    super(status(precondition), problem(precondition, currentVersion), null);
  }

  private static HttpStatus status(boolean precondition) {
    return precondition ? HttpStatus.PRECONDITION_FAILED : HttpStatus.CONFLICT;
  }

  private static ProblemDetail problem(boolean precondition, @Nullable Integer currentVersion) {
    ProblemDetail problem = Problems.of(PlatformProblem.VERSION_CONFLICT, DETAIL);
    problem.setStatus(status(precondition));
    if (currentVersion != null) {
      problem.setProperty("currentVersion", currentVersion);
    }
    return problem;
  }
}
