package ai.trae.identity.setup.web;

import ai.trae.identity.IdentityRateLimits;
import ai.trae.identity.auth.web.SignedIn;
import ai.trae.identity.setup.SetupService;
import ai.trae.platform.ratelimit.RateLimiter;
import ai.trae.platform.web.ValidDisplayName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Setup", description = "First run: create the owner account")
@RestController
@RequestMapping("/api/v1/setup")
class SetupController {

  private final SetupService setup;
  private final SignedIn signedIn;
  private final RateLimiter limits;

  SetupController(SetupService setup, SignedIn signedIn, RateLimiter limits) {
    this.setup = setup;
    this.signedIn = signedIn;
    this.limits = limits;
  }

  record SetupStatus(boolean required) {}

  record SetupRequest(
      @NotBlank @Email @Size(max = 320) String email,
      @NotBlank @Size(max = 128) String password,
      @ValidDisplayName String displayName) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "SetupRequest[redacted]";
    }
  }

  @Operation(summary = "Whether the owner still has to be created")
  @PermitAll
  @GetMapping
  SetupStatus status() {
    return new SetupStatus(setup.required());
  }

  @Operation(
      summary = "Create the owner and sign them in; answers 409 once done",
      description =
          "400 /problems/validation-failed (weak password); 409 /problems/setup-completed.")
  @ApiResponse(
      responseCode = "201",
      description =
          "Signed in: the body and refresh cookie of a successful POST /api/v1/auth/login")
  @PermitAll
  @PostMapping
  ResponseEntity<?> create(@Valid @RequestBody SetupRequest body, HttpServletRequest request) {
    limits.check(IdentityRateLimits.SETUP_IP, request.getRemoteAddr());
    var owner = setup.createOwner(body.email(), body.password(), body.displayName());
    // the owner just chose this password: asking for it again right away proves nothing
    return signedIn.created(owner, request, "setup");
  }
}
