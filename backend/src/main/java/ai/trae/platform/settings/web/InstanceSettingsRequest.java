package ai.trae.platform.settings.web;

import ai.trae.platform.settings.SettingsChange;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The whole editable document; see {@link SettingsChange} for what null means. */
record InstanceSettingsRequest(
    @Size(max = 100) @Nullable String siteName,
    @Size(max = 2048) @Nullable String publicUrl,
    @Schema(description = "Omit (or null) to turn saved SMTP off") @Size(max = 255)
        @Nullable String smtpHost,
    @Min(1) @Max(65535) @Nullable Integer smtpPort,
    @Size(max = 320) @Nullable String smtpUsername,
    @Schema(description = "Write-only. Omit to keep the stored password; \"\" removes it")
        @Size(max = 1024)
        @Nullable String smtpPassword,
    @Size(max = 320) @Nullable String smtpFrom,
    @Nullable Boolean smtpStarttls) {

  SettingsChange change() {
    return new SettingsChange(
        siteName,
        publicUrl,
        smtpHost,
        smtpPort,
        smtpUsername,
        smtpPassword,
        smtpFrom,
        smtpStarttls);
  }

  /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
  @Override
  public String toString() {
    return "InstanceSettingsRequest[redacted]";
  }
}
