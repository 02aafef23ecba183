package ai.trae.identity.mfa.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** Turning MFA off needs fresh proof: a code (or recovery code), or the account password. */
record DisableTotpRequest(
    @Schema(description = "A current code or an unused recovery code") @Size(max = 32)
        @Nullable String code,
    @Schema(description = "The account password") @Size(max = 1024) @Nullable String password) {

  @Schema(hidden = true)
  @AssertTrue(message = "send either code or password")
  boolean isExactlyOneProof() {
    return (code == null || code.isBlank()) != (password == null || password.isEmpty());
  }
}
