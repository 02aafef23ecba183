package ai.trae.identity.mfa.web;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

record ConfirmTotpRequest(
    @Schema(description = "Current 6-digit code from the authenticator app", example = "123456")
        @NotBlank
        @Size(max = 32)
        String code) {}
