package ai.trae.identity.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;

/** A stored row as the chain sees it: what its MAC covers and the links it claims. */
record ChainRow(
    long id,
    @Nullable Long chainSeq,
    AuditChain.Content content,
    byte @Nullable [] prevHash,
    byte @Nullable [] hash,
    @Nullable Integer macKeyId,
    byte @Nullable [] contentMac) {

  /** Append {@code where …}/{@code order by …}; the columns {@link #of} reads. */
  static final String SELECT =
      """
      select id, (extract(epoch from occurred_at) * 1000000)::bigint as micros, actor_type,
             actor_id, actor_user_id, actor_name, action, target_type, target_id, ip, user_agent,
             request_id, summary::text as summary, chain_seq, prev_hash, hash, mac_key_id,
             content_mac
      from audit_events
      """;

  static ChainRow of(ResultSet rs, int row) throws SQLException {
    int keyId = rs.getInt("mac_key_id");
    Integer macKeyId = rs.wasNull() ? null : keyId;
    long seq = rs.getLong("chain_seq");
    Long chainSeq = rs.wasNull() ? null : seq;
    return new ChainRow(
        rs.getLong("id"),
        chainSeq,
        new AuditChain.Content(
            rs.getLong("micros"),
            rs.getString("actor_type"),
            rs.getString("actor_id"),
            rs.getString("actor_user_id"),
            rs.getString("actor_name"),
            rs.getString("action"),
            rs.getString("target_type"),
            rs.getString("target_id"),
            rs.getString("ip"),
            rs.getString("user_agent"),
            rs.getString("request_id"),
            rs.getString("summary")),
        rs.getBytes("prev_hash"),
        rs.getBytes("hash"),
        macKeyId,
        rs.getBytes("content_mac"));
  }
}
