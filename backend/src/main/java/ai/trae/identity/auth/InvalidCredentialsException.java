package ai.trae.identity.auth;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import org.springframework.web.ErrorResponseException;

/** The one answer for every failed sign-in: it never says which part was wrong. */
public class InvalidCredentialsException extends ErrorResponseException {

  public InvalidCredentialsException() {
    super(
        ProblemType.INVALID_CREDENTIALS.status(),
        Problems.of(ProblemType.INVALID_CREDENTIALS, ProblemType.INVALID_CREDENTIALS.description()),
        null);
  }
}
