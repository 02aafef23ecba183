package ai.trae.identity.mfa;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code totp_factors} table. Every state change is one conditional statement, so two requests
 * racing on the same row cannot both win (the row lock makes the loser re-check the condition).
 */
@Repository
class TotpFactors {

  record Factor(byte[] secretEncrypted, @Nullable OffsetDateTime confirmedAt) {

    boolean confirmed() {
      return confirmedAt != null;
    }
  }

  private final JdbcClient jdbc;

  TotpFactors(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  Optional<Factor> find(UUID userId) {
    return jdbc.sql("select secret_encrypted, confirmed_at from totp_factors where user_id = ?")
        .param(userId)
        .query(
            (rs, row) ->
                new Factor(
                    rs.getBytes("secret_encrypted"),
                    rs.getObject("confirmed_at", OffsetDateTime.class)))
        .optional();
  }

  /** Stores or replaces a pending secret; false when a confirmed factor is in the way. */
  boolean savePending(UUID userId, byte[] secretEncrypted) {
    return jdbc.sql(
                """
                insert into totp_factors (user_id, secret_encrypted) values (?, ?)
                on conflict (user_id) do update
                  set secret_encrypted = excluded.secret_encrypted, last_used_step = null
                  where totp_factors.confirmed_at is null
                """)
            .params(userId, secretEncrypted)
            .update()
        == 1;
  }

  /**
   * Confirms the pending factor with the step of the code that proved it, which is then spent. The
   * secret must still be the one the code was checked against: a restarted enrolment racing this
   * call must not be confirmed by a code for the secret it replaced.
   */
  boolean confirm(UUID userId, byte[] secretEncrypted, long step, Instant now) {
    return jdbc.sql(
                """
                update totp_factors set confirmed_at = ?, last_used_step = ?
                where user_id = ? and confirmed_at is null and secret_encrypted = ?
                  and (last_used_step is null or last_used_step < ?)
                """)
            .params(
                OffsetDateTime.ofInstant(now, ZoneOffset.UTC), step, userId, secretEncrypted, step)
            .update()
        == 1;
  }

  /**
   * Spends a time step: true only for the first caller with a step later than any used before, so a
   * code (or an older one) is never accepted twice, even by concurrent requests.
   */
  boolean claimStep(UUID userId, long step) {
    return jdbc.sql(
                """
                update totp_factors set last_used_step = ?
                where user_id = ? and confirmed_at is not null
                  and (last_used_step is null or last_used_step < ?)
                """)
            .params(step, userId, step)
            .update()
        == 1;
  }

  void delete(UUID userId) {
    jdbc.sql("delete from totp_factors where user_id = ?").param(userId).update();
  }
}
