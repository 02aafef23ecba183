package ai.trae.content;

import ai.trae.identity.UserId;
import java.time.Instant;

/**
 * A content item was deleted for good (from the trash), with its history: listeners drop whatever
 * they keep about it.
 *
 * @param status the status it had when it was deleted
 */
public record ContentDeleted(ContentId id, UserId actor, String type, String status, Instant at) {}
