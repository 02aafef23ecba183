package ai.trae.identity.auth;

import ai.trae.identity.IdentityProblem;
import ai.trae.platform.web.ProblemException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/** The one answer for every failed sign-in: it never says which part was wrong. */
public class InvalidCredentialsException extends ProblemException {

  public InvalidCredentialsException() {
    this(IdentityProblem.INVALID_CREDENTIALS.status());
  }

  private InvalidCredentialsException(HttpStatusCode status) {
    super(
        status,
        IdentityProblem.INVALID_CREDENTIALS,
        "The e-mail address or password is wrong, or the account cannot sign in right now.");
  }

  /** When a signed-in user confirms their password: 400, since 401 would read as signed out. */
  public static InvalidCredentialsException whileSignedIn() {
    return new InvalidCredentialsException(HttpStatus.BAD_REQUEST);
  }
}
