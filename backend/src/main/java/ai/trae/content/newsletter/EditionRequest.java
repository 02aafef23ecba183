package ai.trae.content.newsletter;

import java.util.Objects;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * One edition to send to a list.
 *
 * @param idempotencyKey e.g. the publication id: a second request with the same key for the same
 *     list returns the first edition and sends nothing
 * @param html the body as sanitised HTML (the content renderer's); links in it are tracked, and the
 *     unsubscribe footer and the open pixel are added
 * @param text the plain-text alternative; the unsubscribe footer is added
 * @param fromName overrides the list's sender name
 * @param replyTo overrides the list's reply-to address
 */
public record EditionRequest(
    UUID listId,
    String idempotencyKey,
    String subject,
    String html,
    String text,
    @Nullable String fromName,
    @Nullable String replyTo) {

  public EditionRequest {
    Objects.requireNonNull(listId);
    if (idempotencyKey.isBlank() || idempotencyKey.length() > 200) {
      throw new IllegalArgumentException("an idempotency key of 1 to 200 characters is needed");
    }
  }
}
