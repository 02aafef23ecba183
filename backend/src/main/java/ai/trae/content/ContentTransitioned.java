package ai.trae.content;

import ai.trae.identity.UserId;
import java.time.Instant;

/**
 * A content item moved through the workflow ({@code submit}, {@code approve}, {@code publish}, …).
 *
 * @param from the status before
 * @param to the status after
 * @param version the history version the transition created
 */
public record ContentTransitioned(
    ContentId id,
    UserId actor,
    String type,
    String action,
    String from,
    String to,
    int version,
    Instant at) {}
