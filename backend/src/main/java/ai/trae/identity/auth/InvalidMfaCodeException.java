package ai.trae.identity.auth;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import org.springframework.web.ErrorResponseException;

/** 401 at the second sign-in step: wrong, reused or expired code, or an expired step token. */
public class InvalidMfaCodeException extends ErrorResponseException {

  public InvalidMfaCodeException() {
    super(
        ProblemType.INVALID_MFA_CODE.status(),
        Problems.of(
            ProblemType.INVALID_MFA_CODE,
            "The code is wrong or was already used, or the sign-in took too long. Try again."),
        null);
  }
}
