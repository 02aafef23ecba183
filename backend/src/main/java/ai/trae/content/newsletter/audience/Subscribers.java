package ai.trae.content.newsletter.audience;

import ai.trae.content.newsletter.NewsletterProblem;
import ai.trae.content.newsletter.audience.Subscriber.Status;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.ProblemException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of {@code newsletter_subscribers}. Status changes are conditional updates, so an
 * unsubscribe racing a confirmation never turns back into a subscription.
 */
@Service
public class Subscribers {

  static final String COLUMNS =
      "id, list_id, email, name, status, source, created_at, confirmed_at, unsubscribed_at";

  private final JdbcClient jdbc;
  private final Clock clock;

  Subscribers(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * Adds an address (already normalised) to the list.
   *
   * @throws ProblemException 409 when the list holds it already
   */
  @Transactional
  public Subscriber add(
      UUID listId, String email, @Nullable String name, Status status, String source) {
    Optional<Subscriber> added = insert(listId, email, name, status, source);
    return added.orElseThrow(
        () ->
            new ProblemException(
                NewsletterProblem.SUBSCRIBER_EXISTS, "The list already holds " + email + "."));
  }

  /** Inserts unless the list holds the address; empty when it does. */
  Optional<Subscriber> insert(
      UUID listId, String email, @Nullable String name, Status status, String source) {
    UUID id = Ids.newId();
    Timestamp now = Timestamp.from(clock.instant());
    int inserted =
        jdbc.sql(
                """
                insert into newsletter_subscribers
                  (id, list_id, email, name, status, source, created_at, updated_at, confirmed_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (list_id, email) do nothing
                """)
            .params(
                id,
                listId,
                email,
                name,
                status.value(),
                source,
                now,
                now,
                status == Status.CONFIRMED ? now : null)
            .update();
    return inserted == 1 ? find(id) : Optional.empty();
  }

  public Optional<Subscriber> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from newsletter_subscribers where id = ?")
        .param(id)
        .query(Subscribers::row)
        .optional();
  }

  public Optional<Subscriber> findByEmail(UUID listId, String email) {
    // served by newsletter_subscribers_email_uq
    return jdbc.sql(
            "select " + COLUMNS + " from newsletter_subscribers where list_id = ? and email = ?")
        .params(listId, email)
        .query(Subscribers::row)
        .optional();
  }

  /** The list's subscriber, or 404. */
  public Subscriber get(UUID listId, UUID id) {
    return find(id)
        .filter(s -> s.listId().equals(listId))
        .orElseThrow(
            () ->
                new ProblemException(
                    NewsletterProblem.SUBSCRIBER_NOT_FOUND,
                    "The list has no subscriber with the id " + id + "."));
  }

  /**
   * Newest first, keyset on the id (UUIDv7 sorts by creation). Served by
   * newsletter_subscribers_list_idx, or newsletter_subscribers_status_idx with a status.
   */
  public List<Subscriber> page(UUID listId, @Nullable Status status, @Nullable UUID after, int n) {
    String sql = "select " + COLUMNS + " from newsletter_subscribers where list_id = :list";
    if (status != null) {
      sql += " and status = :status";
    }
    if (after != null) {
      sql += " and id < :after";
    }
    var spec = jdbc.sql(sql + " order by id desc limit :n").param("list", listId).param("n", n);
    if (status != null) {
      spec = spec.param("status", status.value());
    }
    if (after != null) {
      spec = spec.param("after", after);
    }
    return spec.query(Subscribers::row).list();
  }

  @Transactional
  public boolean remove(UUID listId, UUID id) {
    return jdbc.sql("delete from newsletter_subscribers where list_id = ? and id = ?")
            .params(listId, id)
            .update()
        == 1;
  }

  /** Pending (again) after a signup: only from pending or unsubscribed. */
  boolean markPending(UUID id, @Nullable String name) {
    return jdbc.sql(
                """
                update newsletter_subscribers
                set status = 'pending', name = coalesce(?, name), updated_at = ?
                where id = ? and status in ('pending', 'unsubscribed')
                """)
            .params(name, Timestamp.from(clock.instant()), id)
            .update()
        == 1;
  }

  /** Confirmed, from pending only (an unsubscribe, bounce or complaint since then stands). */
  boolean confirm(UUID id) {
    Timestamp now = Timestamp.from(clock.instant());
    return jdbc.sql(
                """
                update newsletter_subscribers
                set status = 'confirmed', confirmed_at = ?, updated_at = ?
                where id = ? and status = 'pending'
                """)
            .params(now, now, id)
            .update()
        == 1;
  }

  /** Confirmed because the importer says the address consented; pending rows only. */
  boolean confirmImported(UUID listId, String email) {
    Timestamp now = Timestamp.from(clock.instant());
    return jdbc.sql(
                """
                update newsletter_subscribers
                set status = 'confirmed', confirmed_at = ?, updated_at = ?
                where list_id = ? and email = ? and status = 'pending'
                """)
            .params(now, now, listId, email)
            .update()
        == 1;
  }

  /** Unsubscribed, whatever it was; false when it was not subscribed (or is gone). */
  @Transactional
  public boolean unsubscribe(UUID id) {
    Timestamp now = Timestamp.from(clock.instant());
    return jdbc.sql(
                """
                update newsletter_subscribers
                set status = 'unsubscribed', unsubscribed_at = ?, updated_at = ?
                where id = ? and status in ('pending', 'confirmed')
                """)
            .params(now, now, id)
            .update()
        == 1;
  }

  /** Marks the address bounced or complained on every list (newsletter_subscribers_address_idx). */
  int markSuppressed(String email, Status status) {
    return jdbc.sql(
            """
            update newsletter_subscribers set status = ?, updated_at = ?
            where email = ? and status in ('pending', 'confirmed')
            """)
        .params(status.value(), Timestamp.from(clock.instant()), email)
        .update();
  }

  /** After a suppression is lifted: back to what it was before (confirmed once, or pending). */
  int restoreSuppressed(String email) {
    return jdbc.sql(
            """
            update newsletter_subscribers
            set status = case when confirmed_at is null then 'pending' else 'confirmed' end,
                updated_at = ?
            where email = ? and status in ('bounced', 'complained')
            """)
        .params(Timestamp.from(clock.instant()), email)
        .update();
  }

  static Subscriber row(ResultSet rs, int n) throws SQLException {
    Timestamp confirmed = rs.getTimestamp("confirmed_at");
    Timestamp unsubscribed = rs.getTimestamp("unsubscribed_at");
    return new Subscriber(
        rs.getObject("id", UUID.class),
        rs.getObject("list_id", UUID.class),
        rs.getString("email"),
        rs.getString("name"),
        Status.of(rs.getString("status")),
        rs.getString("source"),
        rs.getTimestamp("created_at").toInstant(),
        confirmed == null ? null : confirmed.toInstant(),
        unsubscribed == null ? null : unsubscribed.toInstant());
  }
}
