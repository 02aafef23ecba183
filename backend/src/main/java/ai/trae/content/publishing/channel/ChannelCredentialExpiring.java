package ai.trae.content.publishing.channel;

import java.time.Instant;
import java.util.UUID;

/**
 * A channel's credential stops working soon (the destination said when): admins reconnect it before
 * deliveries fail. Raised once per expiry, by the health check that first sees it within {@code
 * trae.publishing.expiry-warning}.
 */
public record ChannelCredentialExpiring(UUID channelId, String slug, Instant expiresAt) {}
