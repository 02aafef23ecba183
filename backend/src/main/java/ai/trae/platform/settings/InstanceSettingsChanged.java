package ai.trae.platform.settings;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An administrator saved instance settings (published inside the saving transaction) or sent a test
 * mail. Names the fields that changed, never their values: one of them is the SMTP password.
 *
 * @param action {@code settings.instance.changed} or {@code settings.test-mail.sent}
 * @param viaTokenId the personal access token the change came with; null for a session
 * @param details e.g. {@code ["siteName", "smtpPassword"]}, or the test mail's outcome
 */
public record InstanceSettingsChanged(
    String action, UUID actorId, @Nullable UUID viaTokenId, List<String> details) {}
