package ai.trae.identity.admin;

import ai.trae.identity.IdentityProblem;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ProblemKind;
import ai.trae.platform.web.Problems;
import java.util.List;
import org.springframework.http.ProblemDetail;

/** Why an administrative change was refused; each kind has its own problem type. */
public class AdminRefusal extends ProblemException {

  private AdminRefusal(ProblemKind kind, String detail) {
    super(kind, detail);
  }

  private AdminRefusal(ProblemDetail problem) {
    super(problem);
  }

  static AdminRefusal ownerRequired() {
    return new AdminRefusal(
        IdentityProblem.OWNER_REQUIRED, IdentityProblem.OWNER_REQUIRED.description());
  }

  static AdminRefusal lastOwner() {
    return new AdminRefusal(IdentityProblem.LAST_OWNER, IdentityProblem.LAST_OWNER.description());
  }

  static AdminRefusal self() {
    return new AdminRefusal(IdentityProblem.SELF_CHANGE, IdentityProblem.SELF_CHANGE.description());
  }

  static AdminRefusal notFound() {
    return new AdminRefusal(PlatformProblem.NOT_FOUND, "There is no such user.");
  }

  static AdminRefusal conflict(String detail) {
    return new AdminRefusal(PlatformProblem.CONFLICT, detail);
  }

  /** 400 in the shape of a validation failure, so forms can show it next to the field. */
  static AdminRefusal invalidField(String field, String message) {
    return new AdminRefusal(Problems.validationFailed(List.of(new FieldProblem(field, message))));
  }
}
