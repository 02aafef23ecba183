package ai.trae.identity;

import java.time.Instant;
import java.util.UUID;

/**
 * A rotated refresh token came back after its grace window: it was probably copied. The session was
 * revoked in the same transaction; listeners tell the user.
 *
 * @param userId whose session it was
 * @param sessionId the revoked session
 * @param detectedAt when the reuse was seen
 */
public record RefreshTokenReuseDetected(UUID userId, UUID sessionId, Instant detectedAt) {}
