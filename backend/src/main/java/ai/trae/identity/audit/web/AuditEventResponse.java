package ai.trae.identity.audit.web;

import ai.trae.identity.audit.AuditEntry;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

record AuditEventResponse(
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
    JsonNode summary) {

  static AuditEventResponse from(AuditEntry e, JsonNode summary) {
    return new AuditEventResponse(
        e.id(),
        e.occurredAt(),
        e.actorType(),
        e.actorId(),
        e.actorName(),
        e.action(),
        e.targetType(),
        e.targetId(),
        e.ip(),
        e.userAgent(),
        e.requestId(),
        summary);
  }
}
