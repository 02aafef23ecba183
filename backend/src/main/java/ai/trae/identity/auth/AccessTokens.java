package ai.trae.identity.auth;

import ai.trae.identity.IdentityProperties;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Issues the short-lived JWTs: access tokens for the API, and the five-minute token that links the
 * password step of a login to its MFA step. They differ in audience, so neither is accepted where
 * the other belongs.
 */
@Component
public class AccessTokens {

  public static final String MFA_AUDIENCE_SUFFIX = "-mfa";
  static final Duration MFA_STEP_TTL = Duration.ofMinutes(5);

  private final SigningKeys keys;
  private final IdentityProperties properties;
  private final Clock clock;

  AccessTokens(SigningKeys keys, IdentityProperties properties, Clock clock) {
    this.keys = keys;
    this.properties = properties;
    this.clock = clock;
  }

  public String accessToken(UUID userId, UUID sessionId) {
    return sign(
        userId,
        properties.audience(),
        properties.accessTokenTtl(),
        new JWTClaimsSet.Builder().claim("sid", sessionId.toString()));
  }

  /**
   * @param challengeId the token's {@code jti}: the server-side row that makes it single-use
   */
  public String mfaStepToken(UUID userId, UUID challengeId) {
    return sign(
        userId,
        properties.audience() + MFA_AUDIENCE_SUFFIX,
        MFA_STEP_TTL,
        new JWTClaimsSet.Builder().jwtID(challengeId.toString()));
  }

  public long expiresIn() {
    return properties.accessTokenTtl().toSeconds();
  }

  private String sign(UUID subject, String audience, Duration ttl, JWTClaimsSet.Builder claims) {
    if (claims.build().getJWTID() == null) {
      claims.jwtID(UUID.randomUUID().toString());
    }
    ECKey key = keys.signingKey();
    Instant now = clock.instant();
    try {
      SignedJWT jwt =
          new SignedJWT(
              new JWSHeader.Builder(JWSAlgorithm.ES256)
                  .keyID(key.getKeyID())
                  .type(JOSEObjectType.JWT)
                  .build(),
              claims
                  .issuer(properties.issuer())
                  .audience(audience)
                  .subject(subject.toString())
                  .issueTime(Date.from(now))
                  .notBeforeTime(Date.from(now))
                  .expirationTime(Date.from(now.plus(ttl)))
                  .build());
      jwt.sign(new ECDSASigner(key));
      return jwt.serialize();
    } catch (JOSEException ex) {
      throw new IllegalStateException("Cannot sign a token", ex);
    }
  }
}
