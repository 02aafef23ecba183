package ai.trae.identity.mfa.web;

import ai.trae.identity.mfa.TotpEnrolment;
import io.swagger.v3.oas.annotations.media.Schema;

record TotpEnrolmentResponse(
    @Schema(description = "Base32 secret, for entering by hand") String secret,
    @Schema(description = "otpauth:// key URI that the QR code encodes") String otpauthUri,
    @Schema(description = "SVG document of the QR code, for inline display") String qrCodeSvg) {

  static TotpEnrolmentResponse from(TotpEnrolment enrolment) {
    return new TotpEnrolmentResponse(
        enrolment.secret(), enrolment.otpauthUri(), enrolment.qrCodeSvg());
  }
}
