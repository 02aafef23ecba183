package ai.trae.content.newsletter.audience;

import ai.trae.content.newsletter.NewsletterProblem;
import ai.trae.content.newsletter.audience.Suppression.Reason;
import ai.trae.platform.web.ProblemException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of {@code newsletter_suppressions}: addresses that bounced for good or complained.
 * Every edition leaves them out, whichever list they are on, until an administrator lifts them.
 */
@Service
public class Suppressions {

  private final JdbcClient jdbc;
  private final Subscribers subscribers;
  private final Clock clock;

  Suppressions(JdbcClient jdbc, Subscribers subscribers, Clock clock) {
    this.jdbc = jdbc;
    this.subscribers = subscribers;
    this.clock = clock;
  }

  /**
   * Suppresses the (normalised) address and marks it on every list; a complaint outranks an earlier
   * bounce.
   */
  @Transactional
  public Suppression suppress(String email, Reason reason, String detail) {
    jdbc.sql(
            """
            insert into newsletter_suppressions (email, reason, detail, created_at)
            values (?, ?, ?, ?)
            on conflict (email) do update
              set reason = case when excluded.reason = 'complained' then excluded.reason
                                else newsletter_suppressions.reason end,
                  detail = excluded.detail
            """)
        .params(email, reason.value(), detail, Timestamp.from(clock.instant()))
        .update();
    subscribers.markSuppressed(email, reason.status());
    return find(email).orElseThrow();
  }

  /** Lifts it: the address may be mailed again, and its subscriptions return to what they were. */
  @Transactional
  public void lift(String email) {
    if (jdbc.sql("delete from newsletter_suppressions where email = ?").param(email).update()
        == 0) {
      throw new ProblemException(
          NewsletterProblem.SUPPRESSION_NOT_FOUND, email + " is not suppressed.");
    }
    subscribers.restoreSuppressed(email);
  }

  public boolean isSuppressed(String email) {
    return find(email).isPresent();
  }

  public Optional<Suppression> find(String email) {
    return jdbc.sql("select * from newsletter_suppressions where email = ?")
        .param(email)
        .query(Suppressions::row)
        .optional();
  }

  /** Newest first; served by newsletter_suppressions_created_idx. */
  public List<Suppression> page(
      @Nullable Instant afterCreated, @Nullable String afterEmail, int n) {
    if (afterCreated == null || afterEmail == null) {
      return jdbc.sql(
              "select * from newsletter_suppressions order by created_at desc, email desc limit ?")
          .param(n)
          .query(Suppressions::row)
          .list();
    }
    return jdbc.sql(
            """
            select * from newsletter_suppressions where (created_at, email) < (?, ?)
            order by created_at desc, email desc limit ?
            """)
        .params(Timestamp.from(afterCreated), afterEmail, n)
        .query(Suppressions::row)
        .list();
  }

  private static Suppression row(ResultSet rs, int n) throws SQLException {
    return new Suppression(
        rs.getString("email"),
        Reason.of(rs.getString("reason")),
        rs.getString("detail"),
        rs.getTimestamp("created_at").toInstant());
  }
}
