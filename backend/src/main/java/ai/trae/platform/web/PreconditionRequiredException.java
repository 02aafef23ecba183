package ai.trae.platform.web;

import org.springframework.web.ErrorResponseException;

/** 428 {@code /problems/precondition-required}: a guarded update came without {@code If-Match}. */
public class PreconditionRequiredException extends ErrorResponseException {

  public PreconditionRequiredException() {
    super(
        PlatformProblem.PRECONDITION_REQUIRED.status(),
        Problems.of(
            PlatformProblem.PRECONDITION_REQUIRED,
            PlatformProblem.PRECONDITION_REQUIRED.description()),
        null);
  }
}
