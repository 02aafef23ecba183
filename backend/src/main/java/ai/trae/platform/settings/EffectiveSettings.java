package ai.trae.platform.settings;

import ai.trae.platform.mail.SmtpServer;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What applies now, and where each part came from.
 *
 * @param smtp null = mail is off
 * @param smtpPasswordSet whether a password is configured; the password itself never leaves
 */
public record EffectiveSettings(
    String siteName,
    String publicUrl,
    Source publicUrlSource,
    @Nullable SmtpServer smtp,
    Source smtpSource,
    boolean smtpPasswordSet,
    @Nullable Instant updatedAt,
    @Nullable UUID updatedBy) {

  /** {@code environment} values are read-only here; {@code saved} ones were set in the UI/API. */
  public enum Source {
    ENVIRONMENT,
    SAVED,
    DEFAULT
  }
}
