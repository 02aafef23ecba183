package ai.trae.platform.mail;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The SMTP server mails go through ({@code TRAE_SMTP_*}). Without a host TRAE sends no mail and
 * administrators hand invitation and reset links over themselves.
 *
 * @param host SMTP host; unset = mail off
 * @param port 587 (submission with STARTTLS) unless told otherwise
 * @param username null = no SMTP authentication
 * @param password never logged
 * @param from the sender address
 * @param starttls upgrade the connection with STARTTLS and refuse to go on without it
 * @param timeout connect, read and write timeout, so a dead server cannot hold requests
 */
@Validated
@ConfigurationProperties("trae.smtp")
public record SmtpProperties(
    @Nullable String host,
    @DefaultValue("587") @Min(1) @Max(65535) int port,
    @Nullable String username,
    @Nullable String password,
    @DefaultValue("TRAE <trae@localhost>") @NotBlank String from,
    @DefaultValue("true") boolean starttls,
    @DefaultValue("10s") Duration timeout) {

  public boolean configured() {
    return host != null && !host.isBlank();
  }

  @Override
  public String toString() {
    return "SmtpProperties[host=%s, port=%d, starttls=%s]".formatted(host, port, starttls);
  }
}
