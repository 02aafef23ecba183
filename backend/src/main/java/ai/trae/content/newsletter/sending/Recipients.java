package ai.trae.content.newsletter.sending;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An edition's recipient rows, for the sender and the tracking links (part of {@link Editions}'s
 * tables; nothing else writes them). Each change of a row and its edition's counter is one
 * statement, so the progress always adds up.
 */
@Component
class Recipients {

  private static final int MAX_ERROR = 500;

  private final JdbcClient jdbc;
  private final Clock clock;

  Recipients(JdbcClient jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /**
   * @param deliverable still confirmed and not suppressed now (it may have left since the edition
   *     was made)
   */
  record Claimed(long id, UUID subscriberId, String email, int attempts, boolean deliverable) {}

  /**
   * Claims the edition's next queued rows: marked {@code sending} in the claiming transaction
   * (newsletter_recipients_queued_idx, {@code for update skip locked}, so two runs never take one
   * row). The mail goes out after that commit; a row left {@code sending} by a dead run is never
   * sent again (see {@link #failStale}).
   */
  List<Claimed> claim(UUID editionId, int n) {
    return jdbc
        .sql(
            """
            with next as (
              select id from newsletter_recipients
              where edition_id = ? and status = 'queued'
              order by id limit ? for update skip locked)
            update newsletter_recipients r
            set status = 'sending', claimed_at = ?, attempts = r.attempts + 1
            from next where r.id = next.id
            returning r.id, r.subscriber_id, r.email, r.attempts,
              exists (select 1 from newsletter_subscribers s
                      where s.id = r.subscriber_id and s.status = 'confirmed')
              and not exists (select 1 from newsletter_suppressions p where p.email = r.email)
                as deliverable
            """)
        .params(editionId, n, Timestamp.from(clock.instant()))
        .query(
            (rs, i) ->
                new Claimed(
                    rs.getLong("id"),
                    rs.getObject("subscriber_id", UUID.class),
                    rs.getString("email"),
                    rs.getInt("attempts"),
                    rs.getBoolean("deliverable")))
        .list()
        .stream()
        .sorted(java.util.Comparator.comparingLong(Claimed::id))
        .toList();
  }

  void sent(long id) {
    finish(id, "sent", "sent", null);
  }

  void failed(long id, String reason) {
    finish(id, "failed", "failed", reason);
  }

  void skipped(long id) {
    finish(id, "skipped", "skipped", null);
  }

  private void finish(long id, String status, String counter, @Nullable String error) {
    jdbc.sql(
            """
            with marked as (
              update newsletter_recipients
              set status = :status, error = :error,
                  sent_at = case when :status = 'sent' then :now else sent_at end
              where id = :id and status = 'sending'
              returning edition_id)
            update newsletter_editions set %1$s = %1$s + 1
            where id in (select edition_id from marked)
            """
                .formatted(counter))
        .param("status", status)
        .param("error", error == null ? null : truncate(error))
        .param("now", Timestamp.from(clock.instant()))
        .param("id", id)
        .update();
  }

  /**
   * Back to the queue after a temporary failure (or untried, when an earlier row of its batch
   * failed so): {@code tried} keeps the attempt.
   */
  void requeue(long id, @Nullable String reason, boolean tried) {
    jdbc.sql(
            """
            update newsletter_recipients
            set status = 'queued', error = coalesce(?, error), claimed_at = null,
                attempts = attempts - ?
            where id = ? and status = 'sending'
            """)
        .params(reason == null ? null : truncate(reason), tried ? 0 : 1, id)
        .update();
  }

  /**
   * Rows a dead run claimed before {@code cutoff}: whether their mail went out is unknown, so they
   * fail instead of being sent a second time.
   */
  int failStale(UUID editionId, Instant cutoff) {
    return jdbc.sql(
            """
            with marked as (
              update newsletter_recipients
              set status = 'failed',
                  error = 'interrupted while sending; not sent again, as it may have arrived'
              where edition_id = ? and status = 'sending' and claimed_at < ?
              returning edition_id)
            update newsletter_editions set failed = failed + (select count(*) from marked)
            where id = ? and exists (select 1 from marked)
            """)
        .params(editionId, Timestamp.from(cutoff), editionId)
        .update();
  }

  /** Marks the edition sent once no row is queued or being sent. */
  boolean finishIfDone(UUID editionId) {
    return jdbc.sql(
                """
                update newsletter_editions set status = 'sent', finished_at = ?
                where id = ? and status = 'sending'
                  and not exists (select 1 from newsletter_recipients
                                  where edition_id = ? and status in ('queued', 'sending'))
                """)
            .params(Timestamp.from(clock.instant()), editionId, editionId)
            .update()
        == 1;
  }

  /** Editions still sending (newsletter_editions_sending_idx). */
  List<UUID> sendingEditions() {
    return jdbc.sql(
            "select id from newsletter_editions where status = 'sending' order by created_at")
        .query(UUID.class)
        .list();
  }

  /** Counts an open; the first of the recipient also counts as a unique one. */
  void opened(long id) {
    track(id, "opened_at", "opens", "unique_opens");
  }

  void clicked(long id) {
    track(id, "clicked_at", "clicks", "unique_clicks");
  }

  private void track(long id, String column, String total, String unique) {
    jdbc.sql(
            """
            with marked as (
              update newsletter_recipients set %1$s = :now
              where id = :id and %1$s is null returning id)
            update newsletter_editions e
            set %2$s = %2$s + 1, %3$s = %3$s + (select count(*) from marked)
            where e.id = (select edition_id from newsletter_recipients where id = :id)
            """
                .formatted(column, total, unique))
        .param("id", id)
        .param("now", Timestamp.from(clock.instant()))
        .update();
  }

  private static String truncate(String value) {
    return value.length() <= MAX_ERROR ? value : value.substring(0, MAX_ERROR) + "…";
  }
}
