package ai.trae.identity.mfa.web;

import ai.trae.identity.mfa.MfaException;
import ai.trae.identity.mfa.TotpService;
import ai.trae.platform.security.AllowDuringMfaEnrolment;
import ai.trae.platform.security.CurrentUser;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in user's authenticator app. Every handler stays open to a session that must still
 * enrol, since these are the calls that complete enrolment.
 */
@RestController
@RequestMapping("/api/v1/me/mfa/totp")
@Tag(name = "Two-factor authentication")
class MfaController {

  private final TotpService totp;
  private final PasswordCheck passwordCheck;

  MfaController(TotpService totp, PasswordCheck passwordCheck) {
    this.totp = totp;
    this.passwordCheck = passwordCheck;
  }

  @PostMapping
  @AllowDuringMfaEnrolment
  @Operation(
      summary = "Start setting up an authenticator app",
      description =
          "Creates a new secret (replacing one not yet confirmed) and returns it with a QR code."
              + " Nothing changes at sign-in until the set-up is confirmed.")
  @ApiResponse(responseCode = "200", description = "Secret, key URI and QR code")
  @ApiResponse(responseCode = "409", description = "/problems/mfa-already-enabled")
  TotpEnrolmentResponse start(@AuthenticationPrincipal CurrentUser user) {
    return TotpEnrolmentResponse.from(totp.startEnrolment(user.userId(), user.email()));
  }

  @PostMapping("/confirm")
  @AllowDuringMfaEnrolment
  @Operation(
      summary = "Confirm the authenticator app",
      description =
          "Turns two-factor authentication on when the code matches, and returns ten recovery"
              + " codes that are shown only this once.")
  @ApiResponse(responseCode = "200", description = "Enabled; the recovery codes")
  @ApiResponse(responseCode = "400", description = "/problems/invalid-mfa-code")
  @ApiResponse(
      responseCode = "409",
      description = "/problems/mfa-already-enabled, or /problems/conflict when nothing is pending")
  RecoveryCodesResponse confirm(
      @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody ConfirmTotpRequest request) {
    return new RecoveryCodesResponse(totp.confirm(user.userId(), request.code()));
  }

  @DeleteMapping
  @AllowDuringMfaEnrolment
  @Operation(
      summary = "Turn two-factor authentication off",
      description =
          "Needs a current code (or an unused recovery code) or the account password. Removes the"
              + " secret and every recovery code. Checks are limited per user (password-check)"
              + " and failed ones audited.")
  @ApiResponse(responseCode = "204", description = "Turned off")
  @ApiResponse(
      responseCode = "400",
      description = "/problems/invalid-mfa-code, /problems/invalid-credentials")
  @ApiResponse(responseCode = "429", description = "/problems/too-many-requests")
  ResponseEntity<Void> disable(
      @AuthenticationPrincipal CurrentUser user, @Valid @RequestBody DisableTotpRequest request) {
    String code = request.code();
    String password = request.password();
    if (code != null && !code.isBlank()) {
      if (!passwordCheck.codeMatches(user.userId(), code)) {
        throw MfaException.invalidCode();
      }
    } else if (password == null || !passwordCheck.matches(user.userId(), password)) {
      throw MfaException.invalidPassword();
    }
    totp.disable(user.userId());
    return ResponseEntity.noContent().build();
  }
}
