package ai.trae.identity.auth;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The state behind the MFA step of a sign-in, in PostgreSQL so that every node sees it. Each {@code
 * mfaToken} names a challenge row: a correct code spends it, {@link #CODES_PER_CHALLENGE} wrong
 * ones end it. Wrong codes also count per account: past {@link #FREE_FAILURES} each one pauses the
 * account's second step for a doubling period up to {@link #MAX_LOCK}, which leaves a guesser a few
 * dozen codes a day.
 */
@Component
class MfaChallenges {

  static final int CODES_PER_CHALLENGE = 5;
  static final int FREE_FAILURES = 5;
  static final Duration FIRST_LOCK = Duration.ofMinutes(1);
  static final Duration MAX_LOCK = Duration.ofHours(1);

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final Clock clock;

  MfaChallenges(JdbcClient jdbc, TransactionTemplate transaction, Clock clock) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.clock = clock;
  }

  /** Drops challenges that expired (or were spent) before {@code now}; the sign-in clean-up job. */
  int purgeExpired(Instant now) {
    return jdbc.sql("delete from mfa_challenges where expires_at < ?")
        .param(Timestamp.from(now))
        .update();
  }

  /** A new challenge for the password step that just succeeded; old ones of the user are pruned. */
  UUID open(UUID userId, Duration ttl) {
    Instant now = clock.instant();
    UUID id = UUID.randomUUID();
    jdbc.sql("delete from mfa_challenges where user_id = ? and expires_at < ?")
        .params(userId, Timestamp.from(now))
        .update();
    jdbc.sql(
            """
            insert into mfa_challenges (id, user_id, created_at, expires_at)
            values (?, ?, ?, ?)
            """)
        .params(id, userId, Timestamp.from(now), Timestamp.from(now.plus(ttl)))
        .update();
    return id;
  }

  /**
   * Tries a code against the challenge. The challenge row stays locked while the code is checked,
   * so concurrent tries of one token are counted one after another, and a success spends it once.
   * Failures are committed, whatever the caller does next.
   */
  Attempt attempt(UUID challengeId, UUID userId, BooleanSupplier codeMatches) {
    return transaction.execute(status -> tryCode(challengeId, userId, codeMatches));
  }

  private Attempt tryCode(UUID challengeId, UUID userId, BooleanSupplier codeMatches) {
    Instant now = clock.instant();
    boolean open =
        jdbc.sql(
                """
                select 1 from mfa_challenges
                where id = ? and user_id = ? and used_at is null and failed_codes < ?
                  and expires_at > ?
                for update
                """)
            .params(challengeId, userId, CODES_PER_CHALLENGE, Timestamp.from(now))
            .query(Integer.class)
            .optional()
            .isPresent();
    if (!open) {
      return Attempt.refused();
    }
    Optional<Instant> locked = lockedUntil(userId).filter(now::isBefore);
    if (locked.isPresent()) {
      return Attempt.paused(Duration.between(now, locked.get()));
    }
    if (!codeMatches.getAsBoolean()) {
      jdbc.sql("update mfa_challenges set failed_codes = failed_codes + 1 where id = ?")
          .param(challengeId)
          .update();
      countFailure(userId, now);
      return Attempt.refused();
    }
    jdbc.sql("update mfa_challenges set used_at = ? where id = ?")
        .params(Timestamp.from(now), challengeId)
        .update();
    jdbc.sql("delete from mfa_lockouts where user_id = ?").param(userId).update();
    return Attempt.success();
  }

  private Optional<Instant> lockedUntil(UUID userId) {
    return jdbc.sql("select locked_until from mfa_lockouts where user_id = ?")
        .param(userId)
        .query((rs, n) -> rs.getTimestamp("locked_until"))
        .optional()
        .map(Timestamp::toInstant);
  }

  private void countFailure(UUID userId, Instant now) {
    int failures =
        jdbc.sql(
                """
                insert into mfa_lockouts (user_id, failures) values (?, 1)
                on conflict (user_id) do update set failures = mfa_lockouts.failures + 1
                returning failures
                """)
            .param(userId)
            .query(Integer.class)
            .single();
    Instant until = lockUntil(failures, now);
    if (until != null) {
      jdbc.sql("update mfa_lockouts set locked_until = ? where user_id = ?")
          .params(Timestamp.from(until), userId)
          .update();
    }
  }

  static @Nullable Instant lockUntil(int failures, Instant now) {
    if (failures < FREE_FAILURES) {
      return null;
    }
    Duration lock = FIRST_LOCK.multipliedBy(1L << Math.min(failures - FREE_FAILURES, 10));
    return now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
  }

  /**
   * @param retryAfter for a paused account, how long until the next code is looked at
   */
  record Attempt(boolean passed, @Nullable Duration retryAfter) {

    static Attempt success() {
      return new Attempt(true, null);
    }

    static Attempt refused() {
      return new Attempt(false, null);
    }

    static Attempt paused(Duration retryAfter) {
      return new Attempt(false, retryAfter);
    }
  }
}
