package ai.trae.content.publishing.publication.web;

import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.publication.Attempt;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** One line of the delivery log. */
record AttemptResponse(
    UUID id,
    UUID publicationId,
    ItemRef item,
    @Nullable ChannelRef channel,
    String operation,
    String kind,
    int number,
    String idempotencyKey,
    String request,
    @Nullable Integer status,
    @Nullable String response,
    @Nullable Long elapsedMs,
    String outcome,
    String reason,
    Instant startedAt,
    @Nullable Instant finishedAt) {

  record ItemRef(UUID id, @Nullable String title) {}

  record ChannelRef(UUID id, String slug, String name) {}

  static AttemptResponse from(Attempt a, Map<UUID, Channel> channels) {
    Channel c = channels.get(a.channelId());
    return new AttemptResponse(
        a.id(),
        a.publicationId(),
        new ItemRef(a.itemId(), a.itemTitle()),
        c == null ? null : new ChannelRef(c.id(), c.slug(), c.name()),
        a.operation(),
        a.kind(),
        a.number(),
        a.idempotencyKey(),
        a.request(),
        a.status(),
        a.response(),
        a.elapsedMs(),
        a.outcome(),
        a.reason(),
        a.startedAt(),
        a.finishedAt());
  }
}
