package ai.trae.identity.invitation;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import org.springframework.web.ErrorResponseException;

/** Why a pending invitation could not be reissued or withdrawn. */
class InvitationRefusal extends ErrorResponseException {

  private InvitationRefusal(ProblemType type, String detail) {
    super(type.status(), Problems.of(type, detail), null);
  }

  static InvitationRefusal notFound() {
    return new InvitationRefusal(ProblemType.NOT_FOUND, "There is no such user.");
  }

  static InvitationRefusal notPending() {
    return new InvitationRefusal(
        ProblemType.CONFLICT, "This user has no pending invitation: it was accepted or withdrawn.");
  }

  static InvitationRefusal ownerRequired() {
    return new InvitationRefusal(
        ProblemType.OWNER_REQUIRED, ProblemType.OWNER_REQUIRED.description());
  }
}
