package ai.trae.identity.reset.web;

import ai.trae.identity.IdentityRateLimits;
import ai.trae.identity.reset.PasswordResets;
import ai.trae.platform.mail.Mailer;
import ai.trae.platform.ratelimit.RateLimiter;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Password reset", description = "Forgotten passwords, by one-time link")
@RestController
@RequestMapping("/api/v1/auth/password-reset")
class PasswordResetController {

  private final PasswordResets resets;
  private final RateLimiter limits;
  private final Mailer mailer;

  PasswordResetController(PasswordResets resets, RateLimiter limits, Mailer mailer) {
    this.resets = resets;
    this.limits = limits;
    this.mailer = mailer;
  }

  record ResetRequest(@NotBlank @Email @Size(max = 320) String email) {}

  record ResetConfirmation(
      @NotBlank @Size(max = 128) String token, @NotBlank @Size(max = 128) String newPassword) {}

  /**
   * The same body whether or not the account exists. It does depend on the server: without SMTP no
   * link can arrive, and saying one is on its way would leave the user waiting for nothing.
   *
   * @param mailConfigured whether this server can send mail at all
   */
  record Accepted(String message, boolean mailConfigured) {

    static final String MAILED =
        "If an account uses this e-mail address, a link to reset its password is on its way.";
    static final String NO_MAIL =
        "This server cannot send e-mail, so no reset link will arrive. Ask an administrator:"
            + " they can create a password reset link for you under Admin → Users.";
  }

  @Operation(
      summary = "Mail a reset link if the e-mail has an account",
      description =
          "Always 202 with the same body, so it does not reveal who has an account;"
              + " mailConfigured false (and a message saying so) when SMTP is not configured; 429"
              + " past the per-address budget (password-reset-ip), whatever the e-mail.")
  @PermitAll
  @PostMapping("/request")
  @ResponseStatus(HttpStatus.ACCEPTED)
  Accepted request(@Valid @RequestBody ResetRequest body, HttpServletRequest request) {
    // per address only: a per-e-mail budget would answer differently for known accounts
    limits.check(IdentityRateLimits.PASSWORD_RESET_IP, request.getRemoteAddr());
    resets.request(body.email());
    boolean mail = mailer.configured();
    return new Accepted(mail ? Accepted.MAILED : Accepted.NO_MAIL, mail);
  }

  @Operation(
      summary = "Set a new password with the link's token; every session of the user ends",
      description = "400 /problems/invalid-token; 400 /problems/validation-failed (weak password)")
  @PermitAll
  @PostMapping("/confirm")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void confirm(@Valid @RequestBody ResetConfirmation body) {
    resets.confirm(body.token(), body.newPassword());
  }
}
