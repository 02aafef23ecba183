package ai.trae.identity.admin;

import ai.trae.identity.audit.AuditEntry;
import ai.trae.identity.audit.AuditEvents;
import ai.trae.identity.audit.AuditEvents.AuditFilter;
import ai.trae.identity.user.Roles;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A user's own data, for {@code GET /me/export} (the right of access): profile, sessions, token
 * metadata and the audit events they caused. Secrets and their hashes never leave the database.
 */
@Service
public class PersonalDataExport {

  private static final int AUDIT_PAGE = 500;

  private final Users users;
  private final Roles roles;
  private final AuditEvents auditEvents;
  private final JdbcClient jdbc;
  private final Clock clock;
  private final JsonMapper json = JsonMapper.builder().build();

  PersonalDataExport(
      Users users, Roles roles, AuditEvents auditEvents, JdbcClient jdbc, Clock clock) {
    this.users = users;
    this.roles = roles;
    this.auditEvents = auditEvents;
    this.jdbc = jdbc;
    this.clock = clock;
  }

  @Transactional(readOnly = true)
  public Export of(UUID userId) {
    User user = users.byId(userId).orElseThrow(AdminRefusal::notFound);
    return new Export(
        clock.instant(),
        new Profile(
            user.id(),
            user.email(),
            user.displayName(),
            user.status().value(),
            user.mfaEnabled(),
            user.createdAt(),
            user.lastLoginAt()),
        new RoleInfo(
            user.role(), roles.byName(user.role()).map(Roles.Role::permissions).orElse(List.of())),
        sessions(userId),
        tokens(userId),
        audit(userId));
  }

  private List<SessionRecord> sessions(UUID userId) {
    return jdbc.sql(
            """
            select id, user_agent, ip, created_at, last_used_at, expires_at, revoked_at,
                   revoked_reason
            from sessions where user_id = ? order by created_at desc
            """)
        .param(userId)
        .query(
            (rs, n) ->
                new SessionRecord(
                    rs.getObject("id", UUID.class),
                    rs.getString("user_agent"),
                    rs.getString("ip"),
                    instant(rs.getTimestamp("created_at")),
                    instant(rs.getTimestamp("last_used_at")),
                    instant(rs.getTimestamp("expires_at")),
                    instant(rs.getTimestamp("revoked_at")),
                    rs.getString("revoked_reason")))
        .list();
  }

  private List<TokenRecord> tokens(UUID userId) {
    return jdbc.sql(
            """
            select id, name, prefix, scopes, created_at, expires_at, last_used_at, revoked_at
            from personal_access_tokens where user_id = ? order by created_at desc
            """)
        .param(userId)
        .query(
            (rs, n) ->
                new TokenRecord(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("prefix"),
                    List.of((String[]) rs.getArray("scopes").getArray()),
                    instant(rs.getTimestamp("created_at")),
                    instant(rs.getTimestamp("expires_at")),
                    instant(rs.getTimestamp("last_used_at")),
                    instant(rs.getTimestamp("revoked_at"))))
        .list();
  }

  /** Everything they did, oldest last; paged through audit_events_actor_idx. */
  private List<AuditRecord> audit(UUID userId) {
    List<AuditRecord> all = new ArrayList<>();
    AuditFilter mine = new AuditFilter(null, userId.toString(), null, null);
    Long before = null;
    while (true) {
      List<AuditEntry> page = auditEvents.page(mine, before, AUDIT_PAGE);
      page.forEach(e -> all.add(AuditRecord.of(e)));
      if (page.size() < AUDIT_PAGE) {
        return all;
      }
      before = page.getLast().id();
    }
  }

  private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  public record Export(
      Instant exportedAt,
      Profile profile,
      RoleInfo role,
      List<SessionRecord> sessions,
      List<TokenRecord> tokens,
      List<AuditRecord> auditEvents) {}

  /** An event the user caused; who they are is the export's subject. */
  public record AuditRecord(
      long id,
      Instant occurredAt,
      String action,
      @Nullable String targetType,
      @Nullable String targetId,
      @Nullable String ip,
      @Nullable String userAgent,
      JsonNode summary) {

    static AuditRecord of(AuditEntry e) {
      return new AuditRecord(
          e.id(),
          e.occurredAt(),
          e.action(),
          e.targetType(),
          e.targetId(),
          e.ip(),
          e.userAgent(),
          e.summary());
    }
  }

  public record Profile(
      UUID id,
      String email,
      String displayName,
      String status,
      boolean mfaEnabled,
      Instant createdAt,
      @Nullable Instant lastLoginAt) {}

  public record RoleInfo(String name, List<String> permissions) {}

  public record SessionRecord(
      UUID id,
      @Nullable String userAgent,
      @Nullable String ip,
      @Nullable Instant createdAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant expiresAt,
      @Nullable Instant revokedAt,
      @Nullable String revokedReason) {}

  public record TokenRecord(
      UUID id,
      String name,
      String prefix,
      List<String> scopes,
      @Nullable Instant createdAt,
      @Nullable Instant expiresAt,
      @Nullable Instant lastUsedAt,
      @Nullable Instant revokedAt) {}
}
