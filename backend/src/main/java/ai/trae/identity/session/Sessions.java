package ai.trae.identity.session;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.IdentityProperties;
import ai.trae.identity.RefreshTokenReuseDetected;
import ai.trae.platform.crypto.OpaqueTokens;
import ai.trae.platform.database.Ids;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Browser sessions and their rotating refresh tokens. Only SHA-256 hashes of refresh tokens are
 * stored. Presenting a rotated token again within the grace window (two tabs) still yields an
 * access token; later it means the token was stolen, and only that session is revoked.
 */
@Service
public class Sessions {

  private static final int MAX_USER_AGENT = 512;

  private final JdbcClient jdbc;
  private final IdentityProperties properties;
  private final Clock clock;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;

  Sessions(
      JdbcClient jdbc,
      IdentityProperties properties,
      Clock clock,
      AuditLog audit,
      ApplicationEventPublisher events) {
    this.jdbc = jdbc;
    this.properties = properties;
    this.clock = clock;
    this.audit = audit;
    this.events = events;
  }

  @Transactional
  public Opened open(UUID userId, @Nullable String userAgent, @Nullable String ip) {
    UUID id = Ids.newId();
    Instant now = clock.instant();
    Instant expires = now.plus(properties.sessionLifetime());
    jdbc.sql(
            """
            insert into sessions (id, user_id, user_agent, ip, created_at, last_used_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            userId,
            truncate(userAgent),
            ip,
            Timestamp.from(now),
            Timestamp.from(now),
            Timestamp.from(expires))
        .update();
    return new Opened(id, newRefreshToken(id, now), expires);
  }

  /** Rotates the refresh token; see the class comment for reuse. */
  @Transactional(noRollbackFor = RefreshRejected.class)
  public Refreshed refresh(String refreshToken) {
    Instant now = clock.instant();
    Row row =
        jdbc.sql(
                """
                select t.session_id, t.rotated_at, s.user_id, s.revoked_at, s.expires_at,
                       s.last_used_at, u.status
                from refresh_tokens t join sessions s on s.id = t.session_id
                join users u on u.id = s.user_id
                where t.token_hash = ? for update of t, s
                """)
            .param(OpaqueTokens.sha256(refreshToken))
            .query(
                (rs, n) ->
                    new Row(
                        rs.getObject("session_id", UUID.class),
                        rs.getObject("user_id", UUID.class),
                        instant(rs.getTimestamp("rotated_at")),
                        instant(rs.getTimestamp("revoked_at")),
                        rs.getTimestamp("expires_at").toInstant(),
                        rs.getTimestamp("last_used_at").toInstant(),
                        rs.getString("status")))
            .optional()
            .orElseThrow(RefreshRejected::new);
    if (row.revokedAt() != null
        || !row.expiresAt().isAfter(now)
        || row.lastUsedAt().plus(properties.sessionIdleTimeout()).isBefore(now)
        || !"active".equals(row.status())) {
      throw new RefreshRejected();
    }
    if (row.rotatedAt() != null) {
      if (!row.rotatedAt().plus(properties.refreshGrace()).isBefore(now)) {
        return new Refreshed(row.userId(), row.sessionId(), null, row.expiresAt());
      }
      revoke(row.sessionId(), "refresh-token-reuse");
      audit.record(
          AuditEvent.of("auth.refresh.reuse-detected", Actor.user(row.userId(), null))
              .target("session", row.sessionId())
              .with("effect", "session revoked"));
      // the user is told by ReuseNotification, after this commits
      events.publishEvent(new RefreshTokenReuseDetected(row.userId(), row.sessionId(), now));
      throw new RefreshRejected();
    }
    jdbc.sql("update refresh_tokens set rotated_at = ? where token_hash = ?")
        .params(Timestamp.from(now), OpaqueTokens.sha256(refreshToken))
        .update();
    jdbc.sql("update sessions set last_used_at = ? where id = ?")
        .params(Timestamp.from(now), row.sessionId())
        .update();
    return new Refreshed(
        row.userId(), row.sessionId(), newRefreshToken(row.sessionId(), now), row.expiresAt());
  }

  /** The session a refresh token belongs to, if any (for logout by cookie). */
  public Optional<UUID> sessionOf(String refreshToken) {
    return jdbc.sql("select session_id from refresh_tokens where token_hash = ?")
        .param(OpaqueTokens.sha256(refreshToken))
        .query(UUID.class)
        .optional();
  }

  @Transactional
  public boolean revoke(UUID sessionId, String reason) {
    return jdbc.sql(
                "update sessions set revoked_at = ?, revoked_reason = ? where id = ? and revoked_at is null")
            .params(Timestamp.from(clock.instant()), reason, sessionId)
            .update()
        == 1;
  }

  /**
   * Sign-out: ends the session and audits it, together.
   *
   * @param actorId who signed out; null when only the refresh cookie said which session
   * @return false when the session had ended already (nothing is audited)
   */
  @Transactional
  public boolean signOut(UUID sessionId, @Nullable UUID actorId) {
    if (!revoke(sessionId, "logout")) {
      return false;
    }
    audit.record(
        AuditEvent.of(
                "auth.logout", actorId == null ? Actor.anonymous(null) : Actor.user(actorId, null))
            .target("session", sessionId));
    return true;
  }

  /** The user ends one of their own sessions; audited with it. */
  @Transactional
  public boolean signOutOwn(UUID userId, UUID sessionId) {
    if (!revokeOwn(userId, sessionId, "revoked-by-user")) {
      return false;
    }
    audit.record(
        AuditEvent.of("session.revoked", Actor.user(userId, null)).target("session", sessionId));
    return true;
  }

  /** The user ends all their sessions but {@code keep}; audited with it. */
  @Transactional
  public int signOutOthers(UUID userId, @Nullable UUID keep) {
    int revoked = revokeAll(userId, keep, "revoked-by-user");
    audit.record(
        AuditEvent.of("session.revoked-others", Actor.user(userId, null))
            .target("user", userId)
            .with("revoked", revoked));
    return revoked;
  }

  @Transactional
  public boolean revokeOwn(UUID userId, UUID sessionId, String reason) {
    return jdbc.sql(
                """
                update sessions set revoked_at = ?, revoked_reason = ?
                where id = ? and user_id = ? and revoked_at is null
                """)
            .params(Timestamp.from(clock.instant()), reason, sessionId, userId)
            .update()
        == 1;
  }

  /**
   * Forgets what the session feature holds about a person (for anonymisation): where and with what
   * they signed in, and the notices it left them. The sessions themselves stay, ended, for the
   * audit trail.
   */
  @Transactional
  public void forgetPersonalData(UUID userId) {
    jdbc.sql("update sessions set ip = null, user_agent = null where user_id = ?")
        .param(userId)
        .update();
    jdbc.sql("delete from user_notifications where user_id = ?").param(userId).update();
  }

  /** Ends every session of the user except {@code keep} (null ends all). */
  @Transactional
  public int revokeAll(UUID userId, @Nullable UUID keep, String reason) {
    return jdbc.sql(
            """
            update sessions set revoked_at = ?, revoked_reason = ?
            where user_id = ? and revoked_at is null and id is distinct from ?
            """)
        .params(Timestamp.from(clock.instant()), reason, userId, keep)
        .update();
  }

  /**
   * Drops sessions (and their refresh tokens) that ended before {@code before}: expired or signed
   * out. A missing session is as dead as a revoked one to every check.
   */
  public int purgeEndedBefore(Instant before) {
    return jdbc.sql("delete from sessions where expires_at < ? or revoked_at < ?")
        .params(Timestamp.from(before), Timestamp.from(before))
        .update();
  }

  /** Active sessions, newest first (served by sessions_user_active_idx). */
  public List<SessionInfo> active(UUID userId) {
    return jdbc.sql(
            """
            select id, user_agent, ip, created_at, last_used_at from sessions
            where user_id = ? and revoked_at is null and expires_at > ?
            order by created_at desc limit 100
            """)
        .params(userId, Timestamp.from(clock.instant()))
        .query(
            (rs, n) ->
                new SessionInfo(
                    rs.getObject("id", UUID.class),
                    rs.getString("user_agent"),
                    rs.getString("ip"),
                    rs.getTimestamp("created_at").toInstant(),
                    rs.getTimestamp("last_used_at").toInstant()))
        .list();
  }

  private String newRefreshToken(UUID sessionId, Instant now) {
    String token = OpaqueTokens.random();
    jdbc.sql("insert into refresh_tokens (token_hash, session_id, created_at) values (?, ?, ?)")
        .params(OpaqueTokens.sha256(token), sessionId, Timestamp.from(now))
        .update();
    return token;
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  private static @Nullable String truncate(@Nullable String value) {
    return value == null || value.length() <= MAX_USER_AGENT
        ? value
        : value.substring(0, MAX_USER_AGENT);
  }

  public record Opened(UUID sessionId, String refreshToken, Instant expiresAt) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "Opened[redacted]";
    }
  }

  /**
   * @param refreshToken the next refresh token, or null inside the grace window (keep the cookie)
   */
  public record Refreshed(
      UUID userId, UUID sessionId, @Nullable String refreshToken, Instant expiresAt) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "Refreshed[redacted]";
    }
  }

  public record SessionInfo(
      UUID id,
      @Nullable String userAgent,
      @Nullable String ip,
      Instant createdAt,
      Instant lastUsedAt) {}

  private record Row(
      UUID sessionId,
      UUID userId,
      @Nullable Instant rotatedAt,
      @Nullable Instant revokedAt,
      Instant expiresAt,
      Instant lastUsedAt,
      String status) {}

  /** The refresh token is unknown, expired, revoked or reused: sign in again. */
  public static class RefreshRejected extends RuntimeException {
    public RefreshRejected() {
      super("refresh rejected", null, false, false);
    }
  }
}
