package ai.trae.platform.web;

import java.util.List;

/**
 * 400 {@code validation-failed} naming the fields at fault, exactly as a Bean Validation failure
 * answers: for the rules annotations cannot express (a permission that does not exist, a role that
 * cannot change).
 */
public class ValidationFailedException extends ProblemException {

  public ValidationFailedException(String field, String message) {
    this(List.of(new FieldProblem(field, message)));
  }

  public ValidationFailedException(List<FieldProblem> errors) {
    super(Problems.validationFailed(errors));
  }
}
