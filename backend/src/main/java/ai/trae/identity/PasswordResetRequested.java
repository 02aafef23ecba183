package ai.trae.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * Someone asked for a reset link for an active account while mail is configured. The link itself is
 * made by the listener that mails it, so no usable secret is ever stored with the publication.
 *
 * @param userId the account
 * @param requestedAt when it was asked for
 */
public record PasswordResetRequested(UUID userId, Instant requestedAt) {}
