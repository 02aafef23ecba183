package ai.trae.identity;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Sign-in and session settings ({@code TRAE_IDENTITY_*}).
 *
 * @param issuer {@code iss} of access tokens; also checked on the way in
 * @param audience {@code aud} of access tokens
 * @param accessTokenTtl lifetime of an access token (default 10 min)
 * @param refreshGrace how long a just-rotated refresh token still yields an access token (two tabs
 *     refreshing at once); after that, its reuse is treated as theft
 * @param sessionLifetime absolute lifetime of a session (default 30 days)
 * @param sessionIdleTimeout a session unused this long ends (default 7 days)
 * @param bcryptCost work factor of new password hashes
 * @param scrapeToken bearer token Prometheus may use for /actuator/prometheus
 */
@Validated
@ConfigurationProperties("trae.identity")
public record IdentityProperties(
    @DefaultValue("trae") @NotBlank String issuer,
    @DefaultValue("trae-api") @NotBlank String audience,
    @DefaultValue("10m") Duration accessTokenTtl,
    @DefaultValue("10s") Duration refreshGrace,
    @DefaultValue("30d") Duration sessionLifetime,
    @DefaultValue("7d") Duration sessionIdleTimeout,
    @DefaultValue("10") @Min(4) @Max(16) int bcryptCost,
    @Nullable String scrapeToken) {

  @Override
  public String toString() {
    return "IdentityProperties[issuer=%s, audience=%s]".formatted(issuer, audience);
  }
}
