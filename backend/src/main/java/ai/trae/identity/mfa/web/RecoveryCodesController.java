package ai.trae.identity.mfa.web;

import ai.trae.identity.mfa.MfaException;
import ai.trae.identity.mfa.RecoveryCodeRegeneration;
import ai.trae.platform.security.Authenticated;
import ai.trae.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Two-factor authentication")
class RecoveryCodesController {

  private final RecoveryCodeRegeneration regeneration;
  private final PasswordCheck passwordCheck;

  RecoveryCodesController(RecoveryCodeRegeneration regeneration, PasswordCheck passwordCheck) {
    this.regeneration = regeneration;
    this.passwordCheck = passwordCheck;
  }

  record RegenerateRequest(@NotEmpty @Size(max = 1024) String password) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "RegenerateRequest[redacted]";
    }
  }

  @PostMapping("/api/v1/me/mfa/recovery-codes")
  @Authenticated
  @Operation(
      summary = "Replace all recovery codes with ten new ones",
      description =
          "Needs the account password and two-factor authentication on. Every earlier code stops"
              + " working; the new ones are shown only this once.")
  @ApiResponse(responseCode = "200", description = "The new recovery codes")
  @ApiResponse(responseCode = "400", description = "/problems/invalid-credentials")
  @ApiResponse(responseCode = "409", description = "/problems/conflict (two-factor is off)")
  RecoveryCodesResponse regenerate(
      @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody RegenerateRequest body) {
    if (!passwordCheck.matches(user.userId(), body.password())) {
      throw MfaException.invalidPassword();
    }
    return new RecoveryCodesResponse(regeneration.regenerate(user.userId()));
  }
}
