package ai.trae.content.review;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A share link as stored (its token only as a hash).
 *
 * @param lastVerdict the newest verdict given through it, when listed
 */
public record ShareLink(
    UUID id,
    UUID itemId,
    @Nullable String label,
    UUID createdBy,
    Instant createdAt,
    Instant expiresAt,
    @Nullable Instant revokedAt,
    @Nullable String lastVerdict) {

  public boolean usableAt(Instant now) {
    return revokedAt == null && expiresAt.isAfter(now);
  }
}
