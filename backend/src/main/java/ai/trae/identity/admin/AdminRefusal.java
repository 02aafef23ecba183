package ai.trae.identity.admin;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Why an administrative change was refused; each kind has its own problem type. */
public class AdminRefusal extends ErrorResponseException {

  private AdminRefusal(ProblemType type, String detail) {
    this(type, Problems.of(type, detail));
  }

  private AdminRefusal(ProblemType type, ProblemDetail problem) {
    super(type.status(), problem, null);
  }

  static AdminRefusal ownerRequired() {
    return new AdminRefusal(ProblemType.OWNER_REQUIRED, ProblemType.OWNER_REQUIRED.description());
  }

  static AdminRefusal lastOwner() {
    return new AdminRefusal(ProblemType.LAST_OWNER, ProblemType.LAST_OWNER.description());
  }

  static AdminRefusal self() {
    return new AdminRefusal(ProblemType.SELF_CHANGE, ProblemType.SELF_CHANGE.description());
  }

  static AdminRefusal notFound() {
    return new AdminRefusal(ProblemType.NOT_FOUND, "There is no such user.");
  }

  static AdminRefusal conflict(String detail) {
    return new AdminRefusal(ProblemType.CONFLICT, detail);
  }

  /** 400 in the shape of a validation failure, so forms can show it next to the field. */
  static AdminRefusal invalidField(String field, String message) {
    ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, "One field is invalid.");
    problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    return new AdminRefusal(ProblemType.VALIDATION_FAILED, problem);
  }
}
