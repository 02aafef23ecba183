package ai.trae.identity.audit;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.platform.crypto.DerivedKeys;
import ai.trae.platform.crypto.DerivedKeys.DerivedKey;
import ai.trae.platform.security.CurrentUser;
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
 * Appends to the keyed hash chain ({@link AuditChain}). A transaction-scoped advisory lock
 * serialises appends so that each row links to the one committed before it, on every node. An
 * action a user does with a personal access token is recorded with the token as the actor.
 */
@Service
class JdbcAuditLog implements AuditLog {

  private static final long CHAIN_LOCK = 0x7472_6165_6175_6431L; // "traeaud1"
  private static final int MAX_USER_AGENT = 512;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final DerivedKeys keys;
  private final JsonMapper json = JsonMapper.builder().build();

  JdbcAuditLog(JdbcClient jdbc, Clock clock, DerivedKeys keys) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.keys = keys;
  }

  @Override
  @Transactional
  public void record(AuditEvent event) {
    HttpServletRequest request = currentRequest();
    Instant occurredAt = now();
    Actor actor = event.actor();
    String actorUserId = null;
    CurrentUser current = CurrentUser.current();
    if (current != null
        && current.tokenId() != null
        && actor.type().equals("user")
        && current.userId().toString().equals(actor.id())) {
      actor = new Actor("token", current.tokenId().toString(), null);
      actorUserId = current.userId().toString();
    } else if (actor.type().equals("token")) {
      actorUserId = tokenOwner(actor.id());
    }
    jdbc.sql("select pg_advisory_xact_lock(?)").param(CHAIN_LOCK).query().singleRow();
    Tail tail =
        jdbc.sql(
                """
                select ?::jsonb::text as summary,
                       (select hash from audit_events order by id desc limit 1) as previous
                """)
            .param(json.writeValueAsString(event.summary()))
            .query((rs, n) -> new Tail(rs.getString("summary"), rs.getBytes("previous")))
            .single();
    AuditChain.Content content =
        new AuditChain.Content(
            ChronoUnit.MICROS.between(Instant.EPOCH, occurredAt),
            actor.type(),
            actor.id(),
            actorUserId,
            actor.name(),
            event.action(),
            event.targetType(),
            event.targetId(),
            request == null ? null : request.getRemoteAddr(),
            request == null ? null : truncate(request.getHeader("User-Agent")),
            request == null ? null : RequestIds.of(request),
            tail.summary());
    DerivedKey key = keys.current(AuditChain.KEY_PURPOSE);
    byte[] mac = AuditChain.mac(key.key(), key.masterKeyId(), content, tail.previous());
    jdbc.sql(
            """
            insert into audit_events (occurred_at, actor_type, actor_id, actor_user_id, actor_name,
                action, target_type, target_id, ip, user_agent, request_id, summary, prev_hash,
                hash, mac_key_id)
            values (:occurredAt, :actorType, :actorId, :actorUserId, :actorName, :action,
                    :targetType, :targetId, :ip, :userAgent, :requestId, :summary::jsonb,
                    :prevHash, :hash, :macKeyId)
            """)
        .param("occurredAt", java.sql.Timestamp.from(occurredAt))
        .param("actorType", content.actorType())
        .param("actorId", content.actorId())
        .param("actorUserId", content.actorUserId())
        .param("actorName", content.actorName())
        .param("action", content.action())
        .param("targetType", content.targetType())
        .param("targetId", content.targetId())
        .param("ip", content.ip())
        .param("userAgent", content.userAgent())
        .param("requestId", content.requestId())
        .param("summary", content.summaryText())
        .param("prevHash", tail.previous())
        .param("hash", mac)
        .param("macKeyId", key.masterKeyId())
        .update();
  }

  private @Nullable String tokenOwner(@Nullable String tokenId) {
    return tokenId == null
        ? null
        : jdbc.sql("select user_id::text from personal_access_tokens where id::text = ?")
            .param(tokenId)
            .query(String.class)
            .optional()
            .orElse(null);
  }

  private record Tail(String summary, byte @Nullable [] previous) {}

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
