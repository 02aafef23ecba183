/**
 * Multi-factor authentication: TOTP (RFC 6238) factors and one-time recovery codes. {@link
 * ai.trae.identity.mfa.TotpService} is what login and user administration call.
 */
@NullMarked
package ai.trae.identity.mfa;

import org.jspecify.annotations.NullMarked;
