package ai.trae.identity.setup;

import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.identity.IdentityProblem;
import ai.trae.identity.user.PasswordPolicy;
import ai.trae.identity.user.User;
import ai.trae.identity.user.Users;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.ProblemException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * First run: creates the OWNER while no one exists. The single-row {@code setup_completion} table
 * decides races in the database: of two concurrent calls exactly one commits.
 */
@Service
public class SetupService {

  private final JdbcClient jdbc;
  private final Users users;
  private final PasswordPolicy policy;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final Clock clock;

  SetupService(
      JdbcClient jdbc,
      Users users,
      PasswordPolicy policy,
      PasswordEncoder passwords,
      AuditLog audit,
      Clock clock) {
    this.jdbc = jdbc;
    this.users = users;
    this.policy = policy;
    this.passwords = passwords;
    this.audit = audit;
    this.clock = clock;
  }

  public boolean required() {
    return !jdbc.sql("select exists(select 1 from setup_completion)").query(Boolean.class).single();
  }

  @Transactional
  public User createOwner(String email, String password, String displayName) {
    if (!required()) {
      throw new SetupCompletedException();
    }
    policy.check(password, email, displayName);
    Instant now = clock.instant();
    User owner =
        new User(
            Ids.newId(),
            email,
            displayName,
            passwords.encode(password),
            "OWNER",
            User.Status.ACTIVE,
            false,
            0,
            null,
            now,
            null);
    try {
      users.insert(owner);
      jdbc.sql("insert into setup_completion (id, completed_at, owner_id) values (1, ?, ?)")
          .params(Timestamp.from(now), owner.id())
          .update();
    } catch (DuplicateKeyException ex) {
      throw new SetupCompletedException();
    }
    audit.record(
        AuditEvent.of("setup.completed", Actor.user(owner.id(), null))
            .target("user", owner.id())
            .with("role", "OWNER"));
    return owner;
  }

  /** 409: the owner exists. */
  public static class SetupCompletedException extends ProblemException {
    SetupCompletedException() {
      super(IdentityProblem.SETUP_COMPLETED, IdentityProblem.SETUP_COMPLETED.description());
    }
  }
}
