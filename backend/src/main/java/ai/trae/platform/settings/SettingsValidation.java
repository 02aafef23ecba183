package ai.trae.platform.settings;

import ai.trae.platform.mail.PublicUrlProperties;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** What a saved value must look like; checked before anything is written. */
final class SettingsValidation {

  private static final Pattern URL = Pattern.compile(PublicUrlProperties.PATTERN);
  // a DNS name or an IPv4/IPv6 literal; no scheme, port or path
  private static final Pattern HOST =
      Pattern.compile("[A-Za-z0-9.\\-]{1,253}|\\[?[0-9A-Fa-f:.]+]?");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}\\p{Cf}]");

  private SettingsValidation() {}

  static void check(SettingsChange c) {
    text("siteName", c.siteName(), 100);
    if (c.publicUrl() != null && !c.publicUrl().isBlank()) {
      text("publicUrl", c.publicUrl(), 2048);
      if (!URL.matcher(c.publicUrl().strip()).matches()) {
        throw SettingsException.invalid(
            "publicUrl", "must be an http(s) address such as https://trae.example.com");
      }
    }
    boolean smtp = c.smtpHost() != null && !c.smtpHost().isBlank();
    if (!smtp) {
      return;
    }
    if (!HOST.matcher(c.smtpHost().strip()).matches()) {
      throw SettingsException.invalid("smtpHost", "must be a host name or IP address");
    }
    if (c.smtpPort() != null && (c.smtpPort() < 1 || c.smtpPort() > 65535)) {
      throw SettingsException.invalid("smtpPort", "must be between 1 and 65535");
    }
    text("smtpUsername", c.smtpUsername(), 320);
    if (c.smtpPassword() != null && c.smtpPassword().length() > 1024) {
      throw SettingsException.invalid("smtpPassword", "must be at most 1024 characters");
    }
    if (c.smtpFrom() != null && !c.smtpFrom().isBlank()) {
      text("smtpFrom", c.smtpFrom(), 320);
      try {
        new InternetAddress(c.smtpFrom().strip(), true).validate();
      } catch (AddressException ex) {
        throw SettingsException.invalid(
            "smtpFrom", "must be an address such as TRAE <trae@example.com>");
      }
    }
  }

  private static void text(String field, @Nullable String value, int max) {
    if (value == null) {
      return;
    }
    if (value.length() > max) {
      throw SettingsException.invalid(field, "must be at most %d characters".formatted(max));
    }
    if (CONTROL.matcher(value).find()) {
      throw SettingsException.invalid(field, "must not contain control or invisible characters");
    }
  }
}
