package ai.trae.identity.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/** Reading the audit log: filtered keyset pages, streaming export and chain verification. */
@Component
public class AuditEvents {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  AuditEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Newest first; {@code beforeId} is the keyset cursor. Served by the (… , id desc) indexes. */
  public List<AuditEntry> page(AuditFilter filter, @Nullable Long beforeId, int limit) {
    StringBuilder sql = new StringBuilder(SELECT).append(" where true");
    List<Object> params = new ArrayList<>();
    if (filter.action() != null) {
      sql.append(" and a.action = ?");
      params.add(filter.action());
    }
    if (filter.actorId() != null) {
      sql.append(" and a.actor_id = ?");
      params.add(filter.actorId());
    }
    if (filter.from() != null) {
      sql.append(" and a.occurred_at >= ?");
      params.add(java.sql.Timestamp.from(filter.from()));
    }
    if (filter.to() != null) {
      sql.append(" and a.occurred_at < ?");
      params.add(java.sql.Timestamp.from(filter.to()));
    }
    if (beforeId != null) {
      sql.append(" and a.id < ?");
      params.add(beforeId);
    }
    sql.append(" order by a.id desc limit ?");
    params.add(limit);
    return jdbc.sql(sql.toString()).params(params).query(AuditEvents::entry).list();
  }

  /** Streams every event oldest first without holding them in memory. */
  @Transactional(readOnly = true)
  public void forEach(Consumer<AuditEntry> consumer) {
    try (var stream =
        jdbc.sql(SELECT + " order by a.id").withFetchSize(500).query(AuditEvents::entry).stream()) {
      stream.forEach(consumer);
    }
  }

  /** Recomputes every hash in one pass; the first row that does not match is reported. */
  @Transactional(readOnly = true)
  public Verification verify() {
    return jdbc.sql(
            """
            with chain as (
              select id, hash, prev_hash, lag(hash) over (order by id) as expected_prev,
                     audit_event_digest(lag(hash) over (order by id), occurred_at, actor_type,
                         actor_id, actor_name, action, target_type, target_id, ip, user_agent,
                         request_id, summary) as expected
              from audit_events)
            select count(*) as checked,
                   min(id) filter (where hash <> expected
                       or prev_hash is distinct from expected_prev) as first_broken
            from chain
            """)
        .query(
            (rs, n) -> {
              long broken = rs.getLong("first_broken");
              boolean valid = rs.wasNull();
              return new Verification(valid, rs.getLong("checked"), valid ? null : broken);
            })
        .single();
  }

  public record Verification(boolean valid, long checked, @Nullable Long firstBrokenId) {}

  private static final String SELECT =
      """
      select a.id, a.occurred_at, a.actor_type, a.actor_id,
             coalesce(u.email, a.actor_name) as actor_name, a.action, a.target_type, a.target_id,
             a.ip, a.user_agent, a.request_id, a.summary::text as summary
      from audit_events a
      left join users u on a.actor_type = 'user' and u.id::text = a.actor_id
      """;

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor_type"),
        rs.getString("actor_id"),
        rs.getString("actor_name"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("ip"),
        rs.getString("user_agent"),
        rs.getString("request_id"),
        JSON.readTree(rs.getString("summary")));
  }

  /** A filter over the log; every part optional. */
  public record AuditFilter(
      @Nullable String action,
      @Nullable String actorId,
      @Nullable Instant from,
      @Nullable Instant to) {}
}
