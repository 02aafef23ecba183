package ai.trae.content;

import ai.trae.identity.UserId;
import java.time.Instant;

/**
 * A content item changed without a workflow transition.
 *
 * @param change what happened: {@code edited}, {@code restored}, {@code tagged}, {@code untagged},
 *     {@code assigned}, {@code trashed} or {@code untrashed}
 * @param version its newest history version number after the change
 */
public record ContentUpdated(
    ContentId id,
    UserId actor,
    String type,
    String status,
    String change,
    int version,
    Instant at) {}
