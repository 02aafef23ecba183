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
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * Appends to the audit log in the caller's transaction, so that a write and the entry that
 * describes it commit together or not at all. The row is sealed with its content MAC but not
 * linked: no writer waits for another, and once the transaction commits the {@link AuditChainer}
 * links it into the chain ({@link AuditChain}). An action a user does with a personal access token
 * is recorded with the token as the actor.
 */
@Service
class JdbcAuditLog implements AuditLog {

  private static final int MAX_USER_AGENT = 512;

  private final JdbcClient jdbc;
  private final Clock clock;
  private final DerivedKeys keys;
  private final AuditChainer chainer;
  private final JsonMapper json = JsonMapper.builder().build();

  JdbcAuditLog(JdbcClient jdbc, Clock clock, DerivedKeys keys, AuditChainer chainer) {
    this.jdbc = jdbc;
    this.clock = clock;
    this.keys = keys;
    this.chainer = chainer;
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
    // the MAC covers the summary as PostgreSQL renders the stored jsonb, which is what verify reads
    String summary =
        jdbc.sql("select ?::jsonb::text")
            .param(json.writeValueAsString(event.summary()))
            .query(String.class)
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
            summary);
    DerivedKey key = keys.current(AuditChain.KEY_PURPOSE);
    jdbc.sql(
            """
            insert into audit_events (occurred_at, actor_type, actor_id, actor_user_id, actor_name,
                action, target_type, target_id, ip, user_agent, request_id, summary, content_mac,
                mac_key_id)
            values (:occurredAt, :actorType, :actorId, :actorUserId, :actorName, :action,
                    :targetType, :targetId, :ip, :userAgent, :requestId, :summary::jsonb,
                    :contentMac, :macKeyId)
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
        .param("contentMac", AuditChain.seal(key.key(), key.masterKeyId(), content))
        .param("macKeyId", key.masterKeyId())
        .update();
    afterCommit(chainer::requestPass);
  }

  private static void afterCommit(Runnable action) {
    if (TransactionSynchronizationManager.isSynchronizationActive()) {
      TransactionSynchronizationManager.registerSynchronization(
          new TransactionSynchronization() {
            @Override
            public void afterCommit() {
              action.run();
            }
          });
    } else {
      action.run();
    }
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
