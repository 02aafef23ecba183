package ai.trae.platform.settings;

import org.jspecify.annotations.Nullable;

/**
 * The whole editable document, as a form sends it. A null field is not saved (the environment or
 * default applies), except {@code smtpPassword}: null keeps the stored password, an empty string
 * removes it. Without {@code smtpHost} every SMTP field is cleared.
 */
public record SettingsChange(
    @Nullable String siteName,
    @Nullable String publicUrl,
    @Nullable String smtpHost,
    @Nullable Integer smtpPort,
    @Nullable String smtpUsername,
    @Nullable String smtpPassword,
    @Nullable String smtpFrom,
    @Nullable Boolean smtpStarttls) {

  boolean touchesSmtp() {
    return smtpHost != null
        || smtpPort != null
        || smtpUsername != null
        || (smtpPassword != null && !smtpPassword.isEmpty())
        || smtpFrom != null
        || smtpStarttls != null;
  }

  @Override
  public String toString() {
    return "SettingsChange[siteName=%s, publicUrl=%s, smtpHost=%s]"
        .formatted(siteName, publicUrl, smtpHost);
  }
}
