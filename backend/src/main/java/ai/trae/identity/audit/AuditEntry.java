package ai.trae.identity.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One row of the audit log as read back. Names and e-mails are resolved at read time, so that an
 * anonymised user shows as their pseudonym everywhere.
 *
 * @param actorType {@code user}, {@code token} (a personal access token), {@code system} or {@code
 *     anonymous}
 * @param actorId the user's or the token's id
 * @param actorName the user's display name, or the token's name
 * @param actorEmail the user's e-mail, or that of the token's owner
 * @param actorUserId for a token, its owner's id
 * @param targetName a user's display name, a token's or a role's name
 * @param targetEmail a user's e-mail, or that of a token's owner
 * @param summary the before/after summary, a JSON object
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actorType,
    @Nullable String actorId,
    @Nullable String actorName,
    @Nullable String actorEmail,
    @Nullable String actorUserId,
    String action,
    @Nullable String targetType,
    @Nullable String targetId,
    @Nullable String targetName,
    @Nullable String targetEmail,
    @Nullable String ip,
    @Nullable String userAgent,
    @Nullable String requestId,
    JsonNode summary) {}
