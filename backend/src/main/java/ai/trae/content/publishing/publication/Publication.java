package ai.trae.content.publishing.publication;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An item's publication on one channel, as stored; its delivery fields describe the current
 * delivery.
 *
 * @param delivery counts the deliveries (1 for the first publish)
 * @param attempts the current delivery's attempts so far
 * @param checkFirst the last attempt's outcome was unknown: look up before sending again
 */
public record Publication(
    UUID id,
    UUID itemId,
    UUID channelId,
    PublicationStatus status,
    Operation operation,
    String idempotencyKey,
    int delivery,
    int attempts,
    @Nullable Instant nextAttemptAt,
    @Nullable String lastError,
    @Nullable String externalId,
    @Nullable String externalUrl,
    int itemVersion,
    @Nullable Instant deliveredAt,
    boolean checkFirst,
    @Nullable Instant claimedAt,
    Instant createdAt,
    Instant updatedAt,
    long version) {}
