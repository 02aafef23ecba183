package ai.trae.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.support.Accounts;
import ai.trae.support.Api;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.github.kagkarlsson.scheduler.SchedulerClient;
import com.github.kagkarlsson.scheduler.task.TaskInstanceId;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Identity's recurring clean-ups, run by db-scheduler as they are in production (made due now
 * rather than in an hour): what can never be used again goes, what is live stays.
 */
@IntegrationTest
class IdentityCleanupTests {

  private static final SecureRandom RANDOM = new SecureRandom();

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired SchedulerClient scheduler;

  @Test
  void endedSessionsDeadLinksAndExpiredSignInStateArePurged() {
    UUID user = new Api(http).idOf(accounts.login(accounts.create("AUTHOR")));
    Instant now = Instant.now();
    Instant longAgo = now.minus(Duration.ofDays(31));
    UUID expiredLongAgo = session(user, longAgo, null);
    UUID revokedLongAgo = session(user, now.plus(Duration.ofDays(1)), longAgo);
    UUID revokedYesterday =
        session(user, now.plus(Duration.ofDays(1)), now.minus(Duration.ofDays(1)));
    byte[] expiredLink = link(user, now.minusSeconds(60), null);
    byte[] usedLink = link(user, now.plusSeconds(3600), now.minusSeconds(60));
    byte[] liveLink = link(user, now.plusSeconds(3600), null);
    UUID expiredChallenge = challenge(user, now.minusSeconds(60));
    UUID liveChallenge = challenge(user, now.plusSeconds(300));
    UUID expiredDevice = device(user, now.minusSeconds(60));
    UUID liveDevice = device(user, now.plus(Duration.ofDays(1)));

    for (String task :
        List.of(
            "identity.ended-sessions", "identity.dead-links", "identity.expired-sign-in-state")) {
      scheduler.reschedule(TaskInstanceId.of(task, "recurring"), Instant.now());
    }

    await()
        .atMost(Duration.ofSeconds(30))
        .untilAsserted(
            () -> {
              assertThat(exists("sessions", "id", expiredLongAgo)).isFalse();
              assertThat(exists("sessions", "id", revokedLongAgo)).isFalse();
              assertThat(exists("one_time_tokens", "token_hash", expiredLink)).isFalse();
              assertThat(exists("one_time_tokens", "token_hash", usedLink)).isFalse();
              assertThat(exists("mfa_challenges", "id", expiredChallenge)).isFalse();
              assertThat(exists("login_devices", "id", expiredDevice)).isFalse();
            });
    assertThat(exists("sessions", "id", revokedYesterday)).as("kept 30 days").isTrue();
    assertThat(exists("one_time_tokens", "token_hash", liveLink)).isTrue();
    assertThat(exists("mfa_challenges", "id", liveChallenge)).isTrue();
    assertThat(exists("login_devices", "id", liveDevice)).isTrue();
  }

  private UUID session(UUID user, Instant expires, Instant revoked) {
    UUID id = UUID.randomUUID();
    Timestamp created = Timestamp.from(Instant.now().minus(Duration.ofDays(40)));
    jdbc.sql(
            """
            insert into sessions (id, user_id, created_at, last_used_at, expires_at, revoked_at)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            user,
            created,
            created,
            Timestamp.from(expires),
            revoked == null ? null : Timestamp.from(revoked))
        .update();
    return id;
  }

  private byte[] link(UUID user, Instant expires, Instant used) {
    byte[] hash = new byte[32];
    RANDOM.nextBytes(hash);
    jdbc.sql(
            """
            insert into one_time_tokens (token_hash, purpose, user_id, created_at, expires_at, used_at)
            values (?, 'password-reset', ?, now() - interval '2 hours', ?, ?)
            """)
        .params(hash, user, Timestamp.from(expires), used == null ? null : Timestamp.from(used))
        .update();
    return hash;
  }

  private UUID challenge(UUID user, Instant expires) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            insert into mfa_challenges (id, user_id, created_at, expires_at)
            values (?, ?, now() - interval '10 minutes', ?)
            """)
        .params(id, user, Timestamp.from(expires))
        .update();
    return id;
  }

  private UUID device(UUID user, Instant expires) {
    UUID id = UUID.randomUUID();
    byte[] hash = new byte[32];
    RANDOM.nextBytes(hash);
    jdbc.sql(
            """
            insert into login_devices (id, user_id, token_hash, created_at, last_used_at, expires_at)
            values (?, ?, ?, now() - interval '200 days', now() - interval '200 days', ?)
            """)
        .params(id, user, hash, Timestamp.from(expires))
        .update();
    return id;
  }

  private boolean exists(String table, String column, Object value) {
    return jdbc.sql("select exists(select 1 from " + table + " where " + column + " = ?)")
        .param(value)
        .query(Boolean.class)
        .single();
  }
}
