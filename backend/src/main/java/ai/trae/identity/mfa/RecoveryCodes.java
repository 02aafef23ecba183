package ai.trae.identity.mfa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code recovery_codes} table: hashes only, each usable once. */
@Repository
class RecoveryCodes {

  private final JdbcClient jdbc;

  RecoveryCodes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void replace(UUID userId, List<String> hashes) {
    deleteAll(userId);
    for (String hash : hashes) {
      jdbc.sql("insert into recovery_codes (user_id, code_hash) values (?, ?)")
          .params(userId, hash)
          .update();
    }
  }

  /** Marks the code used; true only for the first caller, so a code works exactly once. */
  boolean use(UUID userId, String hash, Instant now) {
    return jdbc.sql(
                """
                update recovery_codes set used_at = ?
                where user_id = ? and code_hash = ? and used_at is null
                """)
            .params(OffsetDateTime.ofInstant(now, ZoneOffset.UTC), userId, hash)
            .update()
        == 1;
  }

  int remaining(UUID userId) {
    return jdbc.sql("select count(*) from recovery_codes where user_id = ? and used_at is null")
        .param(userId)
        .query(Integer.class)
        .single();
  }

  void deleteAll(UUID userId) {
    jdbc.sql("delete from recovery_codes where user_id = ?").param(userId).update();
  }
}
