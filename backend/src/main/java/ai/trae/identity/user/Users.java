package ai.trae.identity.user;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The accounts table and its only writer: every feature that changes an account (sign-in, MFA,
 * invitations, resets, administration, anonymisation) calls a method here, so the rules of the row
 * (what bumps {@code version}, what an anonymised row keeps) live in one place. Other features may
 * join {@code users} in their own reads where one query is the point (token and session checks).
 * E-mail lookups are case-insensitive (served by users_email_uq).
 */
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

  /** One query for any number of ids; unknown ids are simply absent. */
  public List<User> byIds(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return jdbc.sql("select * from users where id = any(?)")
        .param(ids.stream().distinct().toArray(UUID[]::new))
        .query(Users::map)
        .list();
  }

  public boolean emailInUse(String email) {
    return jdbc.sql("select exists(select 1 from users where lower(email) = ?)")
        .param(email.trim().toLowerCase(Locale.ROOT))
        .query(Boolean.class)
        .single();
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

  /**
   * Only if the row is still at {@code expectedVersion}: false when someone changed it since it was
   * read (a concurrent writer waits for the row lock and then finds the version moved on).
   */
  public boolean changeRole(UUID id, String role, int expectedVersion) {
    return jdbc.sql("update users set role = ?, version = version + 1 where id = ? and version = ?")
            .params(role, id, expectedVersion)
            .update()
        == 1;
  }

  /** Only if the row is still at {@code expectedVersion}, as {@link #changeRole}. */
  public boolean changeStatus(UUID id, User.Status status, int expectedVersion) {
    return jdbc.sql(
                "update users set status = ?, version = version + 1 where id = ? and version = ?")
            .params(status.value(), id, expectedVersion)
            .update()
        == 1;
  }

  /**
   * The active owners, locked until the transaction ends, so two changes that would each leave one
   * owner cannot both pass the check.
   */
  public List<UUID> lockActiveOwners() {
    return jdbc.sql("select id from users where role = 'OWNER' and status = 'active' for update")
        .query(UUID.class)
        .list();
  }

  /** Accounts (active, disabled or invited) that have the role; served by users_role_idx. */
  public long holdersOf(String role) {
    return jdbc.sql("select count(*) from users where role = ? and status <> 'anonymised'")
        .param(role)
        .query(Long.class)
        .single();
  }

  /** Before a custom role goes: anonymised accounts that kept it fall back to VIEWER. */
  public void demoteAnonymisedHolders(String role) {
    jdbc.sql("update users set role = 'VIEWER' where role = ? and status = 'anonymised'")
        .param(role)
        .update();
  }

  public boolean mfaEnabled(UUID id) {
    return jdbc.sql("select mfa_enabled from users where id = ?")
        .param(id)
        .query(Boolean.class)
        .optional()
        .orElse(false);
  }

  /** A factor was confirmed. */
  public void mfaEnrolled(UUID id) {
    jdbc.sql("update users set mfa_enabled = true where id = ?").param(id).update();
  }

  /** The user turned MFA off; true when it was on, so only a real change is audited. */
  public boolean mfaTurnedOff(UUID id) {
    return jdbc.sql("update users set mfa_enabled = false where id = ? and mfa_enabled")
            .param(id)
            .update()
        == 1;
  }

  /** An administrator removed the factors (or the account is being anonymised). */
  public void mfaRemovedByAdministrator(UUID id) {
    jdbc.sql("update users set mfa_enabled = false, version = version + 1 where id = ?")
        .param(id)
        .update();
  }

  /**
   * Personal data goes; the row and its id stay for the audit log. The pseudonym must be unused
   * ({@link #emailInUse}): a failed update would abort the surrounding transaction.
   */
  public void anonymise(UUID id, String pseudonym, String displayName) {
    jdbc.sql(
            """
            update users set email = ?, display_name = ?, password_hash = null,
                             status = 'anonymised', failed_logins = 0, locked_until = null,
                             version = version + 1
            where id = ?
            """)
        .params(pseudonym, displayName, id)
        .update();
  }

  /**
   * @throws org.springframework.dao.DuplicateKeyException when another account has the address
   */
  public void changeEmail(UUID id, String email) {
    jdbc.sql("update users set email = ?, version = version + 1 where id = ?")
        .params(email.trim(), id)
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
        lastLogin == null ? null : lastLogin.toInstant(),
        rs.getInt("version"));
  }
}
