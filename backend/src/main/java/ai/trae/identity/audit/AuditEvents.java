package ai.trae.identity.audit;

import ai.trae.platform.crypto.DerivedKeys;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/** Reading the audit log: filtered keyset pages, streaming export and chain verification. */
@Component
public class AuditEvents {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;
  private final DerivedKeys keys;
  private final AuditChainer chainer;
  private final TransactionTemplate readOnly;

  AuditEvents(
      JdbcClient jdbc,
      DerivedKeys keys,
      AuditChainer chainer,
      PlatformTransactionManager transactionManager) {
    this.jdbc = jdbc;
    this.keys = keys;
    this.chainer = chainer;
    this.readOnly = new TransactionTemplate(transactionManager);
    readOnly.setReadOnly(true);
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
      // a person's actions include those done with their personal access tokens
      sql.append(" and (a.actor_id = ? or a.actor_user_id = ?)");
      params.add(filter.actorId());
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

  /**
   * Links what has committed unlinked, then recomputes every MAC in chain order, in one streaming
   * pass; the first row that does not hold is reported with why: {@code altered} (content or hash
   * changed), {@code unlinked} (a row before it was removed or inserted, or the chain renumbered),
   * {@code unkeyed} (no MAC: written or rewritten without the key) or {@code unknown-key} (its
   * master key is no longer in the keyset). Rows committed during the check are counted as pending,
   * not checked: they are linked moments later, and never reported as tampering.
   */
  public Verification verify() {
    chainer.chain(true);
    return readOnly.execute(
        tx -> {
          ChainVerifier verifier = new ChainVerifier(keys);
          try (var rows =
              jdbc
                  .sql(ChainRow.SELECT + " where chain_seq is not null order by chain_seq")
                  .withFetchSize(500)
                  .query(ChainRow::of)
                  .stream()) {
            rows.forEach(verifier::accept);
          }
          return verifier.result(
              jdbc.sql("select count(*) from audit_events where chain_seq is null")
                  .query(Long.class)
                  .single());
        });
  }

  /**
   * @param checked the rows linked into the chain, all checked
   * @param reason why the first broken row is broken; null when valid
   * @param pending rows committed but not linked yet when the check ran (not checked)
   */
  public record Verification(
      boolean valid,
      long checked,
      @Nullable Long firstBrokenId,
      @Nullable String reason,
      long pending) {}

  private static final String SELECT =
      """
      select a.id, a.occurred_at, a.actor_type, a.actor_id, a.actor_user_id,
             case a.actor_type when 'user' then coalesce(au.display_name, a.actor_name)
                               when 'token' then coalesce(atk.name, a.actor_name)
                               else a.actor_name end as actor_name,
             coalesce(au.email, ato.email) as actor_email,
             a.action, a.target_type, a.target_id,
             case a.target_type when 'user' then tu.display_name when 'token' then ttk.name
                                when 'role' then a.target_id end as target_name,
             coalesce(tu.email, tto.email) as target_email,
             a.ip, a.user_agent, a.request_id, a.summary::text as summary
      from audit_events a
      left join users au on a.actor_type = 'user' and au.id::text = a.actor_id
      left join personal_access_tokens atk on a.actor_type = 'token' and atk.id::text = a.actor_id
      left join users ato on ato.id = atk.user_id
      left join users tu on a.target_type = 'user' and tu.id::text = a.target_id
      left join personal_access_tokens ttk on a.target_type = 'token' and ttk.id::text = a.target_id
      left join users tto on tto.id = ttk.user_id
      """;

  private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
    return new AuditEntry(
        rs.getLong("id"),
        rs.getTimestamp("occurred_at").toInstant(),
        rs.getString("actor_type"),
        rs.getString("actor_id"),
        rs.getString("actor_name"),
        rs.getString("actor_email"),
        rs.getString("actor_user_id"),
        rs.getString("action"),
        rs.getString("target_type"),
        rs.getString("target_id"),
        rs.getString("target_name"),
        rs.getString("target_email"),
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
