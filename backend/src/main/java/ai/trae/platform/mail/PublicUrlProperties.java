package ai.trae.platform.mail;

import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Where users reach TRAE ({@code TRAE_PUBLIC_URL}), for links that leave the app: invitations and
 * password resets. Behind a proxy the request's own host cannot be trusted for this (a forged Host
 * header would send reset links to an attacker), so it is configured.
 *
 * @param publicUrl e.g. {@code https://trae.example.com}; no trailing path needed
 */
@Validated
@ConfigurationProperties("trae")
public record PublicUrlProperties(
    @DefaultValue("http://localhost:8080") @Pattern(regexp = PublicUrlProperties.PATTERN)
        String publicUrl) {

  /** http(s), a host, an optional path; no query or fragment. */
  public static final String PATTERN = "https?://[^\\s/?#]+(/[^\\s?#]*)?";
}
