package ai.trae.identity.reset;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import org.springframework.web.ErrorResponseException;

/** 400: the link is unknown, expired or used; the answer does not say which. */
public class InvalidTokenException extends ErrorResponseException {

  public InvalidTokenException() {
    super(
        ProblemType.INVALID_TOKEN.status(),
        Problems.of(ProblemType.INVALID_TOKEN, ProblemType.INVALID_TOKEN.description()),
        null);
  }
}
