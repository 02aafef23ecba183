package ai.trae.platform.settings;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** The saved row; null fields were never saved (or were cleared) and fall back. */
record StoredSettings(
    @Nullable String siteName,
    @Nullable String publicUrl,
    @Nullable String smtpHost,
    @Nullable Integer smtpPort,
    @Nullable String smtpUsername,
    byte @Nullable [] smtpPasswordEncrypted,
    @Nullable String smtpFrom,
    @Nullable Boolean smtpStarttls,
    @Nullable Instant updatedAt,
    @Nullable UUID updatedBy) {

  static final StoredSettings NONE =
      new StoredSettings(null, null, null, null, null, null, null, null, null, null);

  @Override
  public String toString() {
    return "StoredSettings[siteName=%s, publicUrl=%s, smtpHost=%s]"
        .formatted(siteName, publicUrl, smtpHost);
  }
}
