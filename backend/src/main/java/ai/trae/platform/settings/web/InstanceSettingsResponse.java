package ai.trae.platform.settings.web;

import ai.trae.platform.mail.SmtpServer;
import ai.trae.platform.settings.EffectiveSettings;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The settings in effect; the SMTP password is only ever reported as set or not set. */
record InstanceSettingsResponse(
    String siteName,
    String publicUrl,
    @Schema(
            description = "environment (read-only here), saved, or default",
            allowableValues = {"environment", "saved", "default"})
        String publicUrlSource,
    @Schema(description = "Whether TRAE can send mail") boolean mailConfigured,
    @Schema(
            description = "environment (read-only here), saved, or default (mail off)",
            allowableValues = {"environment", "saved", "default"})
        String smtpSource,
    @Nullable String smtpHost,
    @Nullable Integer smtpPort,
    @Nullable String smtpUsername,
    boolean smtpPasswordSet,
    @Nullable String smtpFrom,
    @Nullable Boolean smtpStarttls,
    @Nullable Instant updatedAt,
    @Nullable UUID updatedBy) {

  static InstanceSettingsResponse from(EffectiveSettings s) {
    SmtpServer smtp = s.smtp();
    return new InstanceSettingsResponse(
        s.siteName(),
        s.publicUrl(),
        name(s.publicUrlSource()),
        smtp != null,
        name(s.smtpSource()),
        smtp == null ? null : smtp.host(),
        smtp == null ? null : smtp.port(),
        smtp == null ? null : smtp.username(),
        s.smtpPasswordSet(),
        smtp == null ? null : smtp.from(),
        smtp == null ? null : smtp.starttls(),
        s.updatedAt(),
        s.updatedBy());
  }

  private static String name(EffectiveSettings.Source source) {
    return source.name().toLowerCase(Locale.ROOT);
  }
}
