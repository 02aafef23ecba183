package ai.trae.identity.mfa;

import ai.trae.identity.IdentityProblem;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/** Why an MFA request was refused, as the problem detail the API answers with. */
public final class MfaException extends ProblemException {

  private MfaException(HttpStatus status, ProblemKind kind, String detail) {
    super(status, kind, detail);
  }

  /** A wrong code from a signed-in user: 400, since the session itself is fine. */
  public static MfaException invalidCode() {
    return new MfaException(
        HttpStatus.BAD_REQUEST,
        IdentityProblem.INVALID_MFA_CODE,
        "The code is wrong, expired or already used.");
  }

  public static MfaException invalidPassword() {
    return new MfaException(
        HttpStatus.BAD_REQUEST, IdentityProblem.INVALID_CREDENTIALS, "The password is wrong.");
  }

  static MfaException alreadyEnabled() {
    return new MfaException(
        HttpStatus.CONFLICT,
        IdentityProblem.MFA_ALREADY_ENABLED,
        "Two-factor authentication is already enabled; turn it off first.");
  }

  static MfaException enrolmentNotStarted() {
    return new MfaException(
        HttpStatus.CONFLICT,
        PlatformProblem.CONFLICT,
        "No authenticator set-up is in progress; start one first.");
  }
}
