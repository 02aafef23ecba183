package ai.trae.platform.mail;

import org.jspecify.annotations.Nullable;

/**
 * The SMTP server mail goes through right now, wherever it was configured (environment or instance
 * settings).
 *
 * @param username null = no SMTP authentication
 * @param password never logged
 */
public record SmtpServer(
    String host,
    int port,
    @Nullable String username,
    @Nullable String password,
    String from,
    boolean starttls) {

  @Override
  public String toString() {
    return "SmtpServer[host=%s, port=%d, starttls=%s]".formatted(host, port, starttls);
  }
}
