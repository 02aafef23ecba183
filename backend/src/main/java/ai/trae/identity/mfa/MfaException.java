package ai.trae.identity.mfa;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Why an MFA request was refused, as the problem detail the API answers with. */
public final class MfaException extends ErrorResponseException {

  private MfaException(HttpStatus status, ProblemType type, String detail) {
    super(status, problem(status, type, detail), null);
  }

  private static ProblemDetail problem(HttpStatus status, ProblemType type, String detail) {
    ProblemDetail problem = Problems.of(type, detail);
    problem.setStatus(status);
    return problem;
  }

  /** A wrong code from a signed-in user: 400, since the session itself is fine. */
  public static MfaException invalidCode() {
    return new MfaException(
        HttpStatus.BAD_REQUEST,
        ProblemType.INVALID_MFA_CODE,
        "The code is wrong, expired or already used.");
  }

  public static MfaException invalidPassword() {
    return new MfaException(
        HttpStatus.BAD_REQUEST, ProblemType.INVALID_CREDENTIALS, "The password is wrong.");
  }

  static MfaException alreadyEnabled() {
    return new MfaException(
        HttpStatus.CONFLICT,
        ProblemType.MFA_ALREADY_ENABLED,
        "Two-factor authentication is already enabled; turn it off first.");
  }

  static MfaException enrolmentNotStarted() {
    return new MfaException(
        HttpStatus.CONFLICT,
        ProblemType.CONFLICT,
        "No authenticator set-up is in progress; start one first.");
  }
}
