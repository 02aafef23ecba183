package ai.trae.identity.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The accounts table. E-mail lookups are case-insensitive (served by users_email_uq). */
@Repository
public class Users {

  private final JdbcClient jdbc;

  Users(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public Optional<User> byEmail(String email) {
    return jdbc.sql("select * from users where lower(email) = ?")
        .param(email.trim().toLowerCase(Locale.ROOT))
        .query(Users::map)
        .optional();
  }

  public Optional<User> byId(UUID id) {
    return jdbc.sql("select * from users where id = ?").param(id).query(Users::map).optional();
  }

  public boolean any() {
    return jdbc.sql("select exists(select 1 from users)").query(Boolean.class).single();
  }

  public void insert(User user) {
    jdbc.sql(
            """
            insert into users (id, email, display_name, password_hash, role, status, mfa_enabled,
                               created_at)
            values (?, ?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            user.id(),
            user.email().trim(),
            user.displayName().trim(),
            user.passwordHash(),
            user.role(),
            user.status().value(),
            user.mfaEnabled(),
            Timestamp.from(user.createdAt()))
        .update();
  }

  public void loginSucceeded(UUID id, Instant at) {
    jdbc.sql(
            "update users set failed_logins = 0, locked_until = null, last_login_at = ? where id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  /**
   * A sign-in from a browser that signed in before: the lockout that strangers' failures earned
   * stays, so the user signing in does not hand a guesser fresh attempts.
   */
  public void loginRecorded(UUID id, Instant at) {
    jdbc.sql("update users set last_login_at = ? where id = ?")
        .params(Timestamp.from(at), id)
        .update();
  }

  public void loginFailed(UUID id, int failedLogins, @Nullable Instant lockedUntil) {
    jdbc.sql("update users set failed_logins = ?, locked_until = ? where id = ?")
        .params(failedLogins, lockedUntil == null ? null : Timestamp.from(lockedUntil), id)
        .update();
  }

  public void changePassword(UUID id, String hash) {
    jdbc.sql("update users set password_hash = ?, version = version + 1 where id = ?")
        .params(hash, id)
        .update();
  }

  public void changeDisplayName(UUID id, String displayName) {
    jdbc.sql("update users set display_name = ?, version = version + 1 where id = ?")
        .params(displayName.trim(), id)
        .update();
  }

  public void changeRole(UUID id, String role) {
    jdbc.sql("update users set role = ?, version = version + 1 where id = ?")
        .params(role, id)
        .update();
  }

  public void changeStatus(UUID id, User.Status status) {
    jdbc.sql("update users set status = ?, version = version + 1 where id = ?")
        .params(status.value(), id)
        .update();
  }

  /** After a password reset the owner of the mailbox proved who they are: unlock at once. */
  public void clearLockout(UUID id) {
    jdbc.sql("update users set failed_logins = 0, locked_until = null where id = ?")
        .param(id)
        .update();
  }

  /** Turns an invited account into an active one; false if it is no longer invited. */
  public boolean activateInvited(UUID id, String displayName, String passwordHash) {
    return jdbc.sql(
                """
                update users set display_name = ?, password_hash = ?, status = 'active',
                                 version = version + 1
                where id = ? and status = 'invited'
                """)
            .params(displayName.trim(), passwordHash, id)
            .update()
        == 1;
  }

  /** Withdraws an invitation: the account never held more than the e-mail, so it simply goes. */
  public boolean deleteInvited(UUID id) {
    return jdbc.sql("delete from users where id = ? and status = 'invited'").param(id).update()
        == 1;
  }

  static User map(ResultSet rs, int row) throws SQLException {
    Timestamp locked = rs.getTimestamp("locked_until");
    Timestamp lastLogin = rs.getTimestamp("last_login_at");
    return new User(
        rs.getObject("id", UUID.class),
        rs.getString("email"),
        rs.getString("display_name"),
        rs.getString("password_hash"),
        rs.getString("role"),
        User.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        rs.getBoolean("mfa_enabled"),
        rs.getInt("failed_logins"),
        locked == null ? null : locked.toInstant(),
        rs.getTimestamp("created_at").toInstant(),
        lastLogin == null ? null : lastLogin.toInstant());
  }
}
