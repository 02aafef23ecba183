package ai.trae.content.newsletter.sending;

import ai.trae.content.newsletter.Edition;
import ai.trae.content.newsletter.EditionRequest;
import ai.trae.content.newsletter.NewsletterProblem;
import ai.trae.content.newsletter.audience.NewsletterList;
import ai.trae.content.newsletter.audience.NewsletterLists;
import ai.trae.platform.database.Ids;
import ai.trae.platform.jobs.Jobs;
import ai.trae.platform.web.ProblemException;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The one writer of {@code newsletter_editions} and {@code newsletter_recipients}. An edition is
 * made with its recipients and its sending job in one transaction; the unique (list, key) makes a
 * second request with the same key return the first edition.
 */
@Service
public class Editions {

  private final JdbcClient jdbc;
  private final NewsletterLists lists;
  private final Recipients recipients;
  private final Jobs jobs;
  private final OneTimeTask<String> sendTask;
  private final Clock clock;

  Editions(
      JdbcClient jdbc,
      NewsletterLists lists,
      Recipients recipients,
      Jobs jobs,
      @Qualifier("newsletterSendTask") OneTimeTask<String> sendTask,
      Clock clock) {
    this.jdbc = jdbc;
    this.lists = lists;
    this.recipients = recipients;
    this.jobs = jobs;
    this.sendTask = sendTask;
    this.clock = clock;
  }

  @Transactional
  public Edition create(EditionRequest request) {
    NewsletterList list = lists.get(request.listId());
    UUID id = Ids.newId();
    Timestamp now = Timestamp.from(clock.instant());
    int inserted =
        jdbc.sql(
                """
                insert into newsletter_editions
                  (id, list_id, idempotency_key, subject, html, text_body, from_name, reply_to,
                   status, total, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, 'sending', 0, ?)
                on conflict (list_id, idempotency_key) do nothing
                """)
            .params(
                id,
                list.id(),
                request.idempotencyKey(),
                request.subject(),
                request.html(),
                request.text(),
                request.fromName() != null ? request.fromName() : list.fromName(),
                request.replyTo() != null ? request.replyTo() : list.replyTo(),
                now)
            .update();
    if (inserted == 0) {
      return jdbc.sql("select * from newsletter_editions where list_id = ? and idempotency_key = ?")
          .params(list.id(), request.idempotencyKey())
          .query(Editions::row)
          .single();
    }
    // served by newsletter_subscribers_status_idx; the suppression check by its primary key
    int total =
        jdbc.sql(
                """
                insert into newsletter_recipients (edition_id, subscriber_id, email, status)
                select ?, s.id, s.email, 'queued' from newsletter_subscribers s
                where s.list_id = ? and s.status = 'confirmed'
                  and not exists (select 1 from newsletter_suppressions p where p.email = s.email)
                order by s.id
                """)
            .params(id, list.id())
            .update();
    if (total == 0) {
      jdbc.sql("update newsletter_editions set status = 'sent', finished_at = ? where id = ?")
          .params(now, id)
          .update();
    } else {
      jdbc.sql("update newsletter_editions set total = ? where id = ?").params(total, id).update();
      jobs.schedule(sendTask, id.toString(), id.toString(), clock.instant());
    }
    return find(id).orElseThrow();
  }

  /** Queues a run for every edition still sending (unless one is queued). */
  void queueUnfinished() {
    for (UUID edition : recipients.sendingEditions()) {
      jobs.schedule(sendTask, edition.toString(), edition.toString(), clock.instant());
    }
  }

  /** Served by newsletter_editions_key_uq. */
  public Optional<Edition> findByKey(UUID listId, String idempotencyKey) {
    return jdbc.sql("select * from newsletter_editions where list_id = ? and idempotency_key = ?")
        .params(listId, idempotencyKey)
        .query(Editions::row)
        .optional();
  }

  /**
   * A page of the list's editions, newest first, after the keyset ({@code afterCreated, afterId})
   * of the previous page's last one (both null for the first page). Served by
   * newsletter_editions_list_idx.
   */
  public List<Edition> page(
      UUID listId, @Nullable Instant afterCreated, @Nullable UUID afterId, int n) {
    if (afterCreated == null || afterId == null) {
      return jdbc.sql(
              "select * from newsletter_editions where list_id = ?"
                  + " order by created_at desc, id desc limit ?")
          .params(listId, n)
          .query(Editions::row)
          .list();
    }
    return jdbc.sql(
            "select * from newsletter_editions where list_id = ? and (created_at, id) < (?, ?)"
                + " order by created_at desc, id desc limit ?")
        .params(listId, Timestamp.from(afterCreated), afterId, n)
        .query(Editions::row)
        .list();
  }

  public Optional<Edition> find(UUID id) {
    return jdbc.sql("select * from newsletter_editions where id = ?")
        .param(id)
        .query(Editions::row)
        .optional();
  }

  public Edition get(UUID id) {
    return find(id)
        .orElseThrow(
            () ->
                new ProblemException(
                    NewsletterProblem.EDITION_NOT_FOUND, "No edition has the id " + id + "."));
  }

  /** What the mail of an edition is made from. */
  record Content(
      UUID id,
      String listName,
      String subject,
      String html,
      String text,
      @Nullable String fromName,
      @Nullable String replyTo,
      String status) {}

  Optional<Content> content(UUID id) {
    return jdbc.sql(
            "select e.id, l.name, e.subject, e.html, e.text_body, e.from_name, e.reply_to,"
                + " e.status from newsletter_editions e join newsletter_lists l on l.id = e.list_id"
                + " where e.id = ?")
        .param(id)
        .query(
            (rs, n) ->
                new Content(
                    rs.getObject("id", UUID.class),
                    rs.getString("name"),
                    rs.getString("subject"),
                    rs.getString("html"),
                    rs.getString("text_body"),
                    rs.getString("from_name"),
                    rs.getString("reply_to"),
                    rs.getString("status")))
        .optional();
  }

  static Edition row(ResultSet rs, int n) throws SQLException {
    Timestamp finished = rs.getTimestamp("finished_at");
    return new Edition(
        rs.getObject("id", UUID.class),
        rs.getObject("list_id", UUID.class),
        rs.getString("idempotency_key"),
        rs.getString("subject"),
        Edition.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        rs.getInt("total"),
        rs.getInt("sent"),
        rs.getInt("failed"),
        rs.getInt("skipped"),
        rs.getInt("opens"),
        rs.getInt("unique_opens"),
        rs.getInt("clicks"),
        rs.getInt("unique_clicks"),
        rs.getTimestamp("created_at").toInstant(),
        finished == null ? null : finished.toInstant());
  }
}
