package ai.trae.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Completes a {@link ProblemDetail} the same way wherever it is produced (controller advice, error
 * page, security entry points): a stable type, a title, the request path as instance and the
 * request id.
 */
public final class Problems {

  private static final URI BLANK = URI.create("about:blank");

  /** What every refused path, header or parameter is told (never the offending value). */
  public static final String REJECTED =
      "The request contains characters or sequences TRAE does not accept in the path, a header"
          + " or a parameter.";

  /**
   * Writes problems outside Spring MVC (security entry points, the firewall, Tomcat's error
   * reports) exactly as its message converter does: extra properties such as {@code requestId} at
   * the top level, not nested under {@code properties}.
   */
  public static final JsonMapper JSON =
      JsonMapper.builder().addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class).build();

  private Problems() {}

  public static ProblemDetail of(ProblemKind kind, String detail) {
    ProblemDetail problem = ProblemDetail.forStatusAndDetail(kind.status(), detail);
    problem.setType(kind.uri());
    problem.setTitle(kind.title());
    return problem;
  }

  /**
   * A problem whose {@code errors} list names the fields at fault, so that forms can show each
   * message next to its field. The one builder of that list: Bean Validation failures and modules'
   * own field rules look the same to clients.
   */
  public static ProblemDetail withFields(
      ProblemKind kind, String detail, List<FieldProblem> errors) {
    ProblemDetail problem = of(kind, detail);
    problem.setProperty("errors", List.copyOf(errors));
    return problem;
  }

  /** 400 {@code validation-failed} for these fields, with a detail that counts them. */
  public static ProblemDetail validationFailed(List<FieldProblem> errors) {
    return withFields(
        PlatformProblem.VALIDATION_FAILED,
        errors.size() == 1
            ? "One field is invalid."
            : "%d fields are invalid.".formatted(errors.size()),
        errors);
  }

  public static ProblemDetail complete(ProblemDetail problem, HttpServletRequest request) {
    PlatformProblem kind = PlatformProblem.forStatus(HttpStatusCode.valueOf(problem.getStatus()));
    if (problem.getType() == null || BLANK.equals(problem.getType())) {
      problem.setType(kind.uri());
      problem.setTitle(kind.title());
    }
    if (problem.getTitle() == null) {
      problem.setTitle(kind.title());
    }
    if (problem.getInstance() == null) {
      try {
        problem.setInstance(URI.create(request.getRequestURI()));
      } catch (IllegalArgumentException ignored) {
        // a path the URI parser rejects is not worth echoing back
      }
    }
    @Nullable String requestId = RequestIds.of(request);
    if (requestId != null) {
      problem.setProperty("requestId", requestId);
    }
    return problem;
  }
}
