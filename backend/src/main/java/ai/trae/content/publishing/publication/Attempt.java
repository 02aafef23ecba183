package ai.trae.content.publishing.publication;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One row of the delivery log: a send or a look-up, with what the destination answered.
 *
 * @param kind {@code send} or {@code lookup}
 * @param outcome {@code in_progress} until it ends; then {@code delivered}, {@code retry}, {@code
 *     unknown}, {@code failed}, {@code credential_rejected}, {@code found}, {@code not_found},
 *     {@code unavailable} or {@code marked_delivered}
 * @param itemTitle the item's title now, for the log's lines (joined in by the list queries)
 */
public record Attempt(
    UUID id,
    UUID publicationId,
    UUID itemId,
    UUID channelId,
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
    @Nullable Instant finishedAt,
    @Nullable String itemTitle) {

  /** The log row of an attempt about to run. */
  static Attempt open(UUID id, Publication p, String kind, int number, Instant now) {
    return new Attempt(
        id,
        p.id(),
        p.itemId(),
        p.channelId(),
        p.operation().value(),
        kind,
        number,
        p.idempotencyKey(),
        "",
        null,
        null,
        null,
        "in_progress",
        "",
        now,
        null,
        null);
  }
}
