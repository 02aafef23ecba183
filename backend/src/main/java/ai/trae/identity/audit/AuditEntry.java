package ai.trae.identity.audit;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One row of the audit log as read back; the actor's name is resolved at read time so that an
 * anonymised user shows as their pseudonym everywhere.
 *
 * @param summary the before/after summary, a JSON object
 */
public record AuditEntry(
    long id,
    Instant occurredAt,
    String actorType,
    @Nullable String actorId,
    @Nullable String actorName,
    String action,
    @Nullable String targetType,
    @Nullable String targetId,
    @Nullable String ip,
    @Nullable String userAgent,
    @Nullable String requestId,
    JsonNode summary) {}
