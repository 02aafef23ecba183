package ai.trae.identity.auth;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The one answer for every failed sign-in: it never says which part was wrong. */
public class InvalidCredentialsException extends ErrorResponseException {

  public InvalidCredentialsException() {
    this(ProblemType.INVALID_CREDENTIALS.status());
  }

  private InvalidCredentialsException(HttpStatusCode status) {
    super(status, problem(status), null);
  }

  /** When a signed-in user confirms their password: 400, since 401 would read as signed out. */
  public static InvalidCredentialsException whileSignedIn() {
    return new InvalidCredentialsException(HttpStatus.BAD_REQUEST);
  }

  private static ProblemDetail problem(HttpStatusCode status) {
    ProblemDetail problem =
        Problems.of(
            ProblemType.INVALID_CREDENTIALS,
            "The e-mail address or password is wrong, or the account cannot sign in right now.");
    problem.setStatus(status.value());
    return problem;
  }
}
