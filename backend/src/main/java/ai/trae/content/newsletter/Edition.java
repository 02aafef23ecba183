package ai.trae.content.newsletter;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An edition and how far its sending got.
 *
 * @param total recipients (confirmed, unsuppressed subscribers when it was made)
 * @param skipped recipients who left or were suppressed before their turn came
 * @param uniqueOpens recipients whose client loaded the open pixel at least once
 * @param uniqueClicks recipients who clicked at least one tracked link
 */
public record Edition(
    UUID id,
    UUID listId,
    String idempotencyKey,
    String subject,
    Status status,
    int total,
    int sent,
    int failed,
    int skipped,
    int opens,
    int uniqueOpens,
    int clicks,
    int uniqueClicks,
    Instant createdAt,
    @Nullable Instant finishedAt) {

  public enum Status {
    SENDING,
    SENT
  }
}
