package ai.trae.identity.mfa;

/**
 * What an authenticator app needs to add the account: shown once, while enrolment is pending.
 *
 * @param secret the shared secret in RFC 4648 base32, for typing in by hand
 * @param otpauthUri the {@code otpauth://totp/…} key URI the QR code encodes
 * @param qrCodeSvg a standalone SVG document of the QR code
 */
public record TotpEnrolment(String secret, String otpauthUri, String qrCodeSvg) {}
