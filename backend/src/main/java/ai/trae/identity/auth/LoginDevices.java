package ai.trae.identity.auth;

import ai.trae.platform.crypto.OpaqueTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Browsers that signed in to an account before, after OWASP's "device cookies": a browser that
 * completes a sign-in gets a cookie naming it for that account. Its wrong passwords then count
 * against its own budget, and the lockout that strangers' failures put on the account does not
 * apply to it, so someone without the password cannot keep the user out of their own browser.
 *
 * <p>The cookie holds 32 random bytes; only their SHA-256 is stored, like refresh tokens. That is
 * as unforgeable as a signed cookie, and the server can end it and keep its counters.
 */
@Component
class LoginDevices {

  static final Duration TTL = Duration.ofDays(180);
  static final int MAX_PER_USER = 20;
  private static final int MAX_TOKEN_LENGTH = 128;

  private final JdbcClient jdbc;
  private final Clock clock;

  LoginDevices(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** Drops devices whose cookie expired before {@code now}; they are never recognised again. */
  int purgeExpired(Instant now) {
    return jdbc.sql("delete from login_devices where expires_at < ?")
        .param(Timestamp.from(now))
        .update();
  }

  /** The device behind the cookie, if the cookie is one this account's sign-ins handed out. */
  Optional<Device> recognise(String email, @Nullable String token) {
    if (token == null || token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    return jdbc.sql(
            """
            select d.id, d.user_id, d.locked_until from login_devices d
            join users u on u.id = d.user_id
            where d.token_hash = ? and lower(u.email) = ? and d.expires_at > ?
            """)
        .params(
            OpaqueTokens.sha256(token),
            email.trim().toLowerCase(Locale.ROOT),
            Timestamp.from(clock.instant()))
        .query(
            (rs, n) -> {
              Timestamp locked = rs.getTimestamp("locked_until");
              return new Device(
                  rs.getObject("id", UUID.class),
                  rs.getObject("user_id", UUID.class),
                  locked == null ? null : locked.toInstant());
            })
        .optional();
  }

  /** Counts a wrong password from the device and pauses it once past the free attempts. */
  void failed(UUID deviceId) {
    Instant now = clock.instant();
    Integer failures =
        jdbc.sql(
                "update login_devices set failed_logins = failed_logins + 1 where id = ?"
                    + " returning failed_logins")
            .param(deviceId)
            .query(Integer.class)
            .optional()
            .orElse(null);
    Instant until = failures == null ? null : LoginService.lockUntil(failures, now);
    if (until != null) {
      jdbc.sql("update login_devices set locked_until = ? where id = ?")
          .params(Timestamp.from(until), deviceId)
          .update();
    }
  }

  /**
   * After a completed sign-in: the presented cookie, renewed, if it is this user's device; else a
   * new device. Only the newest {@link #MAX_PER_USER} devices of a user are kept.
   */
  Remembered remember(UUID userId, @Nullable String presented) {
    Instant now = clock.instant();
    Timestamp at = Timestamp.from(now);
    Timestamp expires = Timestamp.from(now.plus(TTL));
    if (presented != null && !presented.isEmpty() && presented.length() <= MAX_TOKEN_LENGTH) {
      int renewed =
          jdbc.sql(
                  """
                  update login_devices
                  set failed_logins = 0, locked_until = null, last_used_at = ?, expires_at = ?
                  where token_hash = ? and user_id = ? and expires_at > ?
                  """)
              .params(at, expires, OpaqueTokens.sha256(presented), userId, at)
              .update();
      if (renewed == 1) {
        return new Remembered(presented, true, now.plus(TTL));
      }
    }
    String token = OpaqueTokens.random();
    jdbc.sql(
            """
            insert into login_devices (id, user_id, token_hash, created_at, last_used_at, expires_at)
            values (?, ?, ?, ?, ?, ?)
            """)
        .params(UUID.randomUUID(), userId, OpaqueTokens.sha256(token), at, at, expires)
        .update();
    jdbc.sql(
            """
            delete from login_devices where user_id = ? and (expires_at <= ? or id not in (
                select id from login_devices where user_id = ? order by last_used_at desc limit ?))
            """)
        .params(userId, at, userId, MAX_PER_USER)
        .update();
    return new Remembered(token, false, now.plus(TTL));
  }

  record Device(UUID id, UUID userId, @Nullable Instant lockedUntil) {

    boolean lockedAt(Instant now) {
      return lockedUntil != null && lockedUntil.isAfter(now);
    }
  }

  /**
   * @param token the cookie's value; a secret
   * @param known whether the browser was a known device of the user already
   */
  record Remembered(String token, boolean known, Instant expiresAt) {

    @Override
    public String toString() {
      return "Remembered[redacted]";
    }
  }
}
