package ai.trae.identity.invitation;

import ai.trae.identity.IdentityProblem;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ProblemKind;

/** Why a pending invitation could not be reissued or withdrawn. */
class InvitationRefusal extends ProblemException {

  private InvitationRefusal(ProblemKind kind, String detail) {
    super(kind, detail);
  }

  static InvitationRefusal notFound() {
    return new InvitationRefusal(PlatformProblem.NOT_FOUND, "There is no such user.");
  }

  static InvitationRefusal notPending() {
    return new InvitationRefusal(
        PlatformProblem.CONFLICT,
        "This user has no pending invitation: it was accepted or withdrawn.");
  }

  static InvitationRefusal ownerRequired() {
    return new InvitationRefusal(
        IdentityProblem.OWNER_REQUIRED, IdentityProblem.OWNER_REQUIRED.description());
  }
}
