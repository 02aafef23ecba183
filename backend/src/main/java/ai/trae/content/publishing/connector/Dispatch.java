package ai.trae.content.publishing.connector;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One delivery of one publication, as handed to its connector.
 *
 * @param publicationId the item's publication on this channel; stable across every attempt and
 *     every later update, so a connector can tag what it creates with it (a WordPress meta field)
 * @param idempotencyKey the same on every attempt of this delivery and different for the next
 *     update: Standard Webhooks' {@code webhook-id}, Mastodon's {@code Idempotency-Key}
 * @param attempt 1 for the first try
 * @param externalId what the destination called the post when it was created (null before)
 */
public record Dispatch(
    ChannelConfig channel,
    UUID publicationId,
    String idempotencyKey,
    int attempt,
    OutgoingItem item,
    @Nullable String externalId,
    @Nullable String externalUrl) {

  public boolean isUpdate() {
    return externalId != null;
  }
}
