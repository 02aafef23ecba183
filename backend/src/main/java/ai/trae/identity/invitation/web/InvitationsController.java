package ai.trae.identity.invitation.web;

import ai.trae.identity.auth.web.SignedIn;
import ai.trae.identity.invitation.Invitations;
import ai.trae.identity.reset.OneTimeTokens.Pending;
import ai.trae.identity.user.User;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ValidDisplayName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Invitations", description = "Accepting an invitation (anonymous, by link)")
@RestController
@RequestMapping("/api/v1/invitations")
class InvitationsController {

  private final Invitations invitations;
  private final SignedIn signedIn;

  InvitationsController(Invitations invitations, SignedIn signedIn) {
    this.invitations = invitations;
    this.signedIn = signedIn;
  }

  record InvitationView(String email, String role, Instant expiresAt) {}

  record AcceptRequest(
      @NotBlank @Size(max = 128) String token,
      @ValidDisplayName String displayName,
      @NotBlank @Size(max = 128) String password) {

    /** Holds secrets: keep them out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "AcceptRequest[redacted]";
    }
  }

  @Operation(summary = "The invitation behind a link; 404 when unknown, used or expired")
  @PermitAll
  @GetMapping("/{token}")
  InvitationView show(@PathVariable String token) {
    Pending pending =
        invitations
            .find(token)
            .orElseThrow(
                () ->
                    new ProblemException(
                        PlatformProblem.NOT_FOUND,
                        "This invitation is unknown, was already used or has expired."));
    return new InvitationView(
        String.valueOf(pending.email()), String.valueOf(pending.role()), pending.expiresAt());
  }

  @Operation(
      summary = "Accept: choose a name and password; the account becomes active and is signed in",
      description = "400 /problems/invalid-token; 400 /problems/validation-failed (weak password)")
  @ApiResponse(
      responseCode = "201",
      description =
          "Signed in: the body and refresh cookie of a successful POST /api/v1/auth/login"
              + " (mfaEnrolmentRequired when the role demands two-factor authentication)")
  @PermitAll
  @PostMapping("/accept")
  ResponseEntity<?> accept(@Valid @RequestBody AcceptRequest body, HttpServletRequest request) {
    User user = invitations.accept(body.token(), body.displayName(), body.password());
    return signedIn.created(user, request, "invitation");
  }
}
