package ai.trae.content.publishing.publication.web;

import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.publication.Publication;
import ai.trae.content.publishing.publication.PublicationStatus;
import ai.trae.content.publishing.publication.Publications;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An item's publication on one channel.
 *
 * @param attempts the current delivery's attempts
 * @param actions what the caller may do now: {@code retry}, {@code send_again}, {@code
 *     mark_delivered}
 */
record PublicationResponse(
    UUID id,
    ChannelRef channel,
    String status,
    String operation,
    int attempts,
    @Nullable String lastError,
    @Nullable Instant nextAttemptAt,
    @Nullable String externalId,
    @Nullable String externalUrl,
    @Nullable Instant deliveredAt,
    int itemVersion,
    List<String> actions,
    Instant updatedAt,
    long version) {

  record ChannelRef(UUID id, String slug, String name, String connector) {
    static ChannelRef of(Channel c) {
      return new ChannelRef(c.id(), c.slug(), c.name(), c.connector());
    }
  }

  static PublicationResponse from(Publications.Shown shown, boolean mayPublish) {
    Publication p = shown.publication();
    List<String> actions =
        !mayPublish
            ? List.of()
            : p.status() == PublicationStatus.FAILED
                ? List.of("retry")
                : p.status() == PublicationStatus.NEEDS_CHECKING
                    ? List.of("send_again", "mark_delivered")
                    : List.of();
    return new PublicationResponse(
        p.id(),
        ChannelRef.of(shown.channel()),
        p.status().value(),
        p.operation().value(),
        p.attempts(),
        p.lastError(),
        p.nextAttemptAt(),
        p.externalId(),
        p.externalUrl(),
        p.deliveredAt(),
        p.itemVersion(),
        actions,
        p.updatedAt(),
        p.version());
  }
}
