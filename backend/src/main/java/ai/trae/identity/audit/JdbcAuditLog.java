package ai.trae.identity.audit;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.platform.web.RequestIds;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the hash chain. A transaction-scoped advisory lock serialises appends so that each row
 * links to the one committed before it, on every node.
 */
@Service
class JdbcAuditLog implements AuditLog {

  private static final long CHAIN_LOCK = 0x7472_6165_6175_6431L; // "traeaud1"
  private static final int MAX_USER_AGENT = 512;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  JdbcAuditLog(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Override
  @Transactional
  public void record(AuditEvent event) {
    HttpServletRequest request = currentRequest();
    jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
    jdbc.sql(
            """
            insert into audit_events (occurred_at, actor_type, actor_id, actor_name, action,
                target_type, target_id, ip, user_agent, request_id, summary, prev_hash, hash)
            select e.occurred_at, e.actor_type, e.actor_id, e.actor_name, e.action, e.target_type,
                   e.target_id, e.ip, e.user_agent, e.request_id, e.summary, last.hash,
                   audit_event_digest(last.hash, e.occurred_at, e.actor_type, e.actor_id,
                       e.actor_name, e.action, e.target_type, e.target_id, e.ip, e.user_agent,
                       e.request_id, e.summary)
            from (select :occurredAt::timestamptz as occurred_at, :actorType as actor_type,
                         :actorId as actor_id, :actorName as actor_name, :action as action,
                         :targetType as target_type, :targetId as target_id, :ip as ip,
                         :userAgent as user_agent, :requestId as request_id,
                         :summary::jsonb as summary) e
            left join (select hash from audit_events order by id desc limit 1) last on true
            """)
        .param("occurredAt", java.sql.Timestamp.from(now()))
        .param("actorType", event.actor().type())
        .param("actorId", event.actor().id())
        .param("actorName", event.actor().name())
        .param("action", event.action())
        .param("targetType", event.targetType())
        .param("targetId", event.targetId())
        .param("ip", request == null ? null : request.getRemoteAddr())
        .param("userAgent", request == null ? null : truncate(request.getHeader("User-Agent")))
        .param("requestId", request == null ? null : RequestIds.of(request))
        .param("summary", json.writeValueAsString(event.summary()))
        .update();
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private static @Nullable String truncate(@Nullable String value) {
    return value == null || value.length() <= MAX_USER_AGENT
        ? value
        : value.substring(0, MAX_USER_AGENT);
  }

  private static @Nullable HttpServletRequest currentRequest() {
    return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes a
        ? a.getRequest()
        : null;
  }
}
