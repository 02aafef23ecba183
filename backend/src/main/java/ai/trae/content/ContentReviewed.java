package ai.trae.content;

import java.time.Instant;
import java.util.UUID;

/**
 * An external reviewer gave a verdict on an item through a share link.
 *
 * @param verdict {@code approved} or {@code changes-requested}
 * @param reviewer the name the reviewer gave (they have no account)
 * @param commentId the comment that records the verdict on the item
 */
public record ContentReviewed(
    ContentId id, String verdict, String reviewer, UUID shareLinkId, UUID commentId, Instant at) {}
