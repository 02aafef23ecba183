package ai.trae.identity.audit;

import ai.trae.platform.crypto.DerivedKeys;
import ai.trae.platform.crypto.DerivedKeys.DerivedKey;
import java.util.List;
import java.util.Optional;
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
 * Once, on upgrade to the chain linked after commit: every keyed row gets its content MAC, which
 * rows written from now on get at insert. Verification then asks every row for one, so a row whose
 * links are wiped and that the chainer links again after a rewrite is still found. Rows without a
 * MAC (before the keyed chain, after a break in the old chain) or under a key no longer in the
 * keyset stay without; verification reports them as it did. SQL can't do this: the key never
 * reaches the database.
 */
@Component
class SealAuditRowContents implements JavaMigration {

  private static final Logger log = LoggerFactory.getLogger(SealAuditRowContents.class);
  private static final int PAGE = 1000;

  private final DerivedKeys keys;

  SealAuditRowContents(DerivedKeys keys) {
    this.keys = keys;
  }

  @Override
  public MigrationVersion getVersion() {
    return MigrationVersion.fromVersion("2026.12.01.1341");
  }

  @Override
  public String getDescription() {
    return "seal audit row contents";
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
    jdbc.sql("alter table audit_events disable trigger audit_events_no_update_delete").update();
    long after = 0;
    long sealed = 0;
    while (true) {
      List<ChainRow> page =
          jdbc.sql(
                  SCHEMA_1341_SELECT
                      + " where id > ? and mac_key_id is not null and content_mac is null"
                      + " order by id limit ?")
              .params(after, PAGE)
              .query(ChainRow::of)
              .list();
      for (ChainRow row : page) {
        after = row.id();
        Optional<DerivedKey> key =
            row.macKeyId() == null
                ? Optional.empty()
                : keys.forMasterKey(AuditChain.KEY_PURPOSE, row.macKeyId());
        if (key.isPresent()) {
          jdbc.sql("update audit_events set content_mac = ? where id = ?")
              .params(AuditChain.seal(key.get().key(), row.macKeyId(), row.content()), row.id())
              .update();
          sealed++;
        }
      }
      if (page.size() < PAGE) {
        break;
      }
    }
    jdbc.sql("alter table audit_events enable trigger audit_events_no_update_delete").update();
    log.info("Sealed the content of {} audit rows", sealed);
  }

  /** {@link ChainRow#SELECT} over the table as it is at this version, whatever comes later. */
  private static final String SCHEMA_1341_SELECT =
      """
      select id, (extract(epoch from occurred_at) * 1000000)::bigint as micros, actor_type,
             actor_id, actor_user_id, actor_name, action, target_type, target_id, ip, user_agent,
             request_id, summary::text as summary, chain_seq, prev_hash, hash, mac_key_id,
             content_mac
      from audit_events
      """;
}
