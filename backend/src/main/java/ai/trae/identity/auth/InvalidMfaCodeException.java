package ai.trae.identity.auth;

import ai.trae.identity.IdentityProblem;
import ai.trae.platform.web.ProblemException;

/** 401 at the second sign-in step: wrong, reused or expired code, or an expired step token. */
public class InvalidMfaCodeException extends ProblemException {

  public InvalidMfaCodeException() {
    super(
        IdentityProblem.INVALID_MFA_CODE,
        "The code is wrong or was already used, or the sign-in took too long. Try again.");
  }
}
