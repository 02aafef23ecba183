package ai.trae.identity.audit;

import ai.trae.platform.crypto.DerivedKeys;
import ai.trae.platform.crypto.DerivedKeys.DerivedKey;
import java.util.Arrays;
import java.util.List;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * Once, on upgrade: rows written by versions before the keyed chain carry a plain SHA-256 chain
 * that anyone with database access could recompute. Where that chain still verifies, the rows are
 * re-chained with the HMAC key, so that from now on every row must carry a MAC and a rewrite
 * without the key is found. Where it is already broken, the rows from the break on stay as they are
 * and verification keeps reporting the break. SQL can't do this: the key never reaches the
 * database.
 */
@Component
class SealUnkeyedAuditRows implements JavaMigration {

  private static final Logger log = LoggerFactory.getLogger(SealUnkeyedAuditRows.class);
  private static final int PAGE = 1000;

  private final DerivedKeys keys;

  SealUnkeyedAuditRows(DerivedKeys keys) {
    this.keys = keys;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("2026.12.01.1042");
  }

  @Override
  public String getDescription() {
    return "seal unkeyed audit rows";
  }

  @Override
  public @Nullable Integer getChecksum() {
    return null;
  }

  @Override
  public boolean canExecuteInTransaction() {
    return true;
  }

  @Override
  public void migrate(Context context) {
    JdbcClient jdbc =
        JdbcClient.create(new SingleConnectionDataSource(context.getConnection(), true));
    if (jdbc.sql("select count(*) from audit_events").query(Long.class).single() == 0) {
      return;
    }
    DerivedKey key = keys.current(AuditChain.KEY_PURPOSE);
    jdbc.sql("alter table audit_events disable trigger audit_events_no_update_delete").update();
    byte[] previousOld = null;
    byte[] previousNew = null;
    long after = 0;
    long sealed = 0;
    Long brokenAt = null;
    while (brokenAt == null) {
      List<Legacy> page =
          jdbc.sql(SCHEMA_1042_SELECT + " where id > ? order by id limit ?")
              .params(after, PAGE)
              .query((rs, n) -> new Legacy(ChainRow.of(rs, n), rs.getBytes("legacy_digest")))
              .list();
      for (Legacy row : page) {
        ChainRow r = row.row();
        if (r.macKeyId() != null
            || !Arrays.equals(r.prevHash(), previousOld)
            || !Arrays.equals(r.hash(), row.digest())) {
          brokenAt = r.id();
          break;
        }
        byte[] mac = AuditChain.mac(key.key(), key.masterKeyId(), r.content(), previousNew);
        jdbc.sql("update audit_events set prev_hash = ?, hash = ?, mac_key_id = ? where id = ?")
            .params(previousNew, mac, key.masterKeyId(), r.id())
            .update();
        previousOld = r.hash();
        previousNew = mac;
        after = r.id();
        sealed++;
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    jdbc.sql("alter table audit_events enable trigger audit_events_no_update_delete").update();
    if (brokenAt != null) {
      log.warn(
          "Sealed {} audit rows with the keyed chain; the older chain was already broken at row {},"
              + " which verification keeps reporting",
          sealed,
          brokenAt);
    } else {
      log.info("Sealed {} audit rows with the keyed chain", sealed);
    }
  }

  private record Legacy(ChainRow row, byte[] digest) {}

  /**
   * {@link ChainRow#SELECT} over the table as it is at this version: the later chain columns do not
   * exist yet.
   */
  private static final String SCHEMA_1042_SELECT =
      """
      select id, (extract(epoch from occurred_at) * 1000000)::bigint as micros, actor_type,
             actor_id, actor_user_id, actor_name, action, target_type, target_id, ip, user_agent,
             request_id, summary::text as summary, null::bigint as chain_seq, prev_hash, hash,
             mac_key_id, null::bytea as content_mac,
             audit_event_digest(prev_hash, occurred_at, actor_type, actor_id, actor_name, action,
                 target_type, target_id, ip, user_agent, request_id, summary) as legacy_digest
      from audit_events
      """;
}
