package ai.trae.identity.reset;

import ai.trae.platform.crypto.OpaqueTokens;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Single-use links (invitations, password resets). The secret is 32 random bytes; only its SHA-256
 * is stored, so a database leak yields no usable link. Using a link is one conditional update, so
 * of two concurrent uses exactly one wins.
 */
@Component
public class OneTimeTokens {

  private static final int MAX_TOKEN_LENGTH = 128;

  private final JdbcClient jdbc;
  private final Clock clock;

  OneTimeTokens(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  public enum Purpose {
    INVITATION("invitation"),
    PASSWORD_RESET("password-reset"),
    EMAIL_CHANGE("email-change");

    private final String value;

    Purpose(String value) {
      this.value = value;
    }
  }

  /** Issues a link for the user; earlier unused links of the same purpose stop working. */
  @Transactional
  public Issued issue(
      Purpose purpose,
      UUID userId,
      @Nullable String email,
      @Nullable String role,
      @Nullable UUID createdBy,
      Duration ttl) {
    jdbc.sql("delete from one_time_tokens where user_id = ? and purpose = ? and used_at is null")
        .params(userId, purpose.value)
        .update();
    String token = OpaqueTokens.random();
    Instant now = clock.instant();
    Instant expires = now.plus(ttl);
    jdbc.sql(
            """
            insert into one_time_tokens (token_hash, purpose, user_id, email, role, created_by,
                                         created_at, expires_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            OpaqueTokens.sha256(token),
            purpose.value,
            userId,
            email,
            role,
            createdBy,
            Timestamp.from(now),
            Timestamp.from(expires))
        .update();
    return new Issued(token, expires);
  }

  /**
   * Drops links that can never be used again: expired before {@code now}, or used. A pending
   * invitation's account stays; an administrator can send it a new link.
   */
  public int purgeDead(Instant now) {
    return jdbc.sql("delete from one_time_tokens where expires_at < ? or used_at is not null")
        .param(Timestamp.from(now))
        .update();
  }

  /** The link, if it is known, unused and unexpired. */
  public Optional<Pending> find(Purpose purpose, String token) {
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select user_id, email, role, expires_at from one_time_tokens
            where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
            """)
        .params(OpaqueTokens.sha256(token), purpose.value, Timestamp.from(clock.instant()))
        .query(OneTimeTokens::pending)
        .optional();
  }

  /** Marks the link used; false if it was used, expired or unknown by now. */
  @Transactional
  public boolean consume(Purpose purpose, String token) {
    Timestamp now = Timestamp.from(clock.instant());
    return jdbc.sql(
                """
                update one_time_tokens set used_at = ?
                where token_hash = ? and purpose = ? and used_at is null and expires_at > ?
                """)
            .params(now, OpaqueTokens.sha256(token), purpose.value, now)
            .update()
        == 1;
  }

  /** The user's outstanding link of this purpose, if any (one at most: issuing replaces). */
  public Optional<Pending> outstanding(Purpose purpose, UUID userId) {
    return jdbc.sql(
            """
            select user_id, email, role, expires_at from one_time_tokens
            where user_id = ? and purpose = ? and used_at is null and expires_at > ?
            order by created_at desc limit 1
            """)
        .params(userId, purpose.value, Timestamp.from(clock.instant()))
        .query(OneTimeTokens::pending)
        .optional();
  }

  private static Pending pending(ResultSet rs, int row) throws SQLException {
    return new Pending(
        rs.getObject("user_id", UUID.class),
        rs.getString("email"),
        rs.getString("role"),
        rs.getTimestamp("expires_at").toInstant());
  }

  /** Ends every unused link of this purpose for the user; returns how many there were. */
  @Transactional
  public int revokeAll(Purpose purpose, UUID userId) {
    return jdbc.sql(
            "delete from one_time_tokens where user_id = ? and purpose = ? and used_at is null")
        .params(userId, purpose.value)
        .update();
  }

  /**
   * @param token the secret for the link; shown once, never stored or logged
   */
  public record Issued(String token, Instant expiresAt) {}

  public record Pending(
      UUID userId, @Nullable String email, @Nullable String role, Instant expiresAt) {}
}
