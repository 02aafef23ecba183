package ai.trae.identity.reset;

import ai.trae.identity.IdentityProblem;
import ai.trae.platform.web.ProblemException;

/** 400: the link is unknown, expired or used; the answer does not say which. */
public class InvalidTokenException extends ProblemException {

  public InvalidTokenException() {
    super(IdentityProblem.INVALID_TOKEN, IdentityProblem.INVALID_TOKEN.description());
  }
}
