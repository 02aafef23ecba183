package ai.trae.platform.web;

import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A refusal the problem handler answers as the given kind. Modules throw it, or their own subclass
 * where callers should be able to tell refusals apart; controllers never build an {@link
 * ErrorResponseException} themselves.
 */
public class ProblemException extends ErrorResponseException {

  public ProblemException(ProblemKind kind, String detail) {
    this(kind.status(), Problems.of(kind, detail));
  }

  /** A kind answered with another status than its usual one (see the kind's page for why). */
  public ProblemException(HttpStatusCode status, ProblemKind kind, String detail) {
    this(status, Problems.of(kind, detail));
  }

  /** For a problem that carries more than a detail, e.g. {@link Problems#withFields}. */
  public ProblemException(ProblemDetail problem) {
    this(HttpStatusCode.valueOf(problem.getStatus()), problem);
  }

  private ProblemException(HttpStatusCode status, ProblemDetail problem) {
    super(status, problem, null);
    problem.setStatus(status.value());
  }
}
