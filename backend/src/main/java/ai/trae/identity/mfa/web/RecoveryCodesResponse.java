package ai.trae.identity.mfa.web;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

record RecoveryCodesResponse(
    @Schema(description = "Ten one-time codes (xxxxx-xxxxx), shown only this once")
        List<String> recoveryCodes) {}
