package ai.trae.identity.setup.web;

import ai.trae.identity.me.web.MeResponse;
import ai.trae.identity.setup.SetupService;
import ai.trae.identity.user.Roles;
import ai.trae.platform.ratelimit.RateLimitPolicy;
import ai.trae.platform.ratelimit.RateLimiter;
import ai.trae.platform.web.ValidDisplayName;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Setup", description = "First run: create the owner account")
@RestController
@RequestMapping("/api/v1/setup")
class SetupController {

  private final SetupService setup;
  private final Roles roles;
  private final RateLimiter limits;

  SetupController(SetupService setup, Roles roles, RateLimiter limits) {
    this.setup = setup;
    this.roles = roles;
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

  @Operation(summary = "Create the owner; answers 409 once done")
  @PermitAll
  @PostMapping
  @ResponseStatus(HttpStatus.CREATED)
  MeResponse create(@Valid @RequestBody SetupRequest body, HttpServletRequest request) {
    limits.check(RateLimitPolicy.SETUP_IP, request.getRemoteAddr());
    var owner = setup.createOwner(body.email(), body.password(), body.displayName());
    return MeResponse.of(owner, roles.byName(owner.role()).orElseThrow(), false);
  }
}
