package ai.trae.platform.web;

import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * 412 {@code /problems/version-conflict}: the client's {@code If-Match} names a version that is no
 * longer stored. The problem carries the current representation as {@code current} and its ETag, so
 * the client can merge and retry without another read.
 */
public class VersionConflictException extends ErrorResponseException {

  public VersionConflictException(Versioned<?> current) {
    super(PlatformProblem.VERSION_CONFLICT.status(), problem(current), null);
    getHeaders().setETag(current.etag());
  }

  private static ProblemDetail problem(Versioned<?> current) {
    ProblemDetail problem =
        Problems.of(
            PlatformProblem.VERSION_CONFLICT,
            "The stored version is %d; your If-Match names another.".formatted(current.version()));
    problem.setProperty("current", current.body());
    return problem;
  }
}
