package ai.trae.content.publishing.publication;

import static ai.trae.content.publishing.publication.PublicationRows.instant;
import static ai.trae.content.publishing.publication.PublicationRows.ts;

import ai.trae.content.publishing.connector.Exchange;
import ai.trae.platform.web.Cursors;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PageRequest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one writer of the delivery log ({@code content_publication_attempts}). */
@Repository
class AttemptRows {

  private static final String COLUMNS =
      "a.id, a.publication_id, a.item_id, a.channel_id, a.operation, a.kind, a.number,"
          + " a.idempotency_key, a.request, a.status, a.response, a.elapsed_ms, a.outcome,"
          + " a.reason, a.started_at, a.finished_at";

  private final JdbcClient jdbc;

  AttemptRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Written with the claim, in its transaction: the log shows an attempt as soon as it runs. */
  void start(Attempt a) {
    jdbc.sql(
            "insert into content_publication_attempts (id, publication_id, item_id, channel_id,"
                + " operation, kind, number, idempotency_key, outcome, reason, started_at) values"
                + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
        .params(
            a.id(),
            a.publicationId(),
            a.itemId(),
            a.channelId(),
            a.operation(),
            a.kind(),
            a.number(),
            a.idempotencyKey(),
            a.outcome(),
            a.reason(),
            ts(a.startedAt()))
        .update();
  }

  void finish(UUID id, Exchange exchange, String outcome, String reason, Instant at) {
    jdbc.sql(
            "update content_publication_attempts set request = ?, status = ?, response = ?,"
                + " elapsed_ms = ?, outcome = ?, reason = ?, finished_at = ? where id = ?")
        .params(
            exchange.request(),
            exchange.status(),
            exchange.response(),
            exchange.elapsed().toMillis(),
            outcome,
            reason,
            ts(at),
            id)
        .update();
  }

  /** Ends the attempts of a publication still in progress (cut off by a stopped node). */
  void finishOpen(UUID publicationId, String outcome, String reason, Instant at) {
    jdbc.sql(
            "update content_publication_attempts set outcome = ?, reason = ?, finished_at = ?"
                + " where publication_id = ? and outcome = 'in_progress'")
        .params(outcome, reason, ts(at), publicationId)
        .update();
  }

  /** A person's word that it arrived, as a line of the log. */
  void manual(Attempt a, String outcome, String reason) {
    start(a);
    jdbc.sql(
            "update content_publication_attempts set outcome = ?, reason = ?, finished_at ="
                + " started_at where id = ?")
        .params(outcome, reason, a.id())
        .update();
  }

  /** An item's attempts, newest first: content_attempts_item_idx. */
  Page<Attempt> byItem(UUID itemId, PageRequest page) {
    return page(" a.item_id = ?", itemId, page);
  }

  /** A channel's attempts, newest first: content_attempts_channel_idx. */
  Page<Attempt> byChannel(UUID channelId, PageRequest page) {
    return page(" a.channel_id = ?", channelId, page);
  }

  /** Every attempt of one publication, oldest first (tests, and a publication's own log). */
  List<Attempt> byPublication(UUID publicationId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + ", i.title from content_publication_attempts a left join content_items i on"
                + " i.id = a.item_id where a.publication_id = ? order by a.started_at, a.id")
        .param(publicationId)
        .query(AttemptRows::map)
        .list();
  }

  private Page<Attempt> page(String where, UUID key, PageRequest page) {
    StringBuilder sql =
        new StringBuilder("select ")
            .append(COLUMNS)
            .append(
                ", i.title from content_publication_attempts a left join content_items i on i.id"
                    + " = a.item_id where")
            .append(where);
    List<Object> params = new java.util.ArrayList<>(List.of(key));
    if (page.after() != null) {
      Cursors.Key after = page.after().expect(2);
      sql.append(" and (a.started_at, a.id) < (?, ?)");
      params.add(ts(after.instant(0)));
      params.add(after.uuid(1));
    }
    sql.append(" order by a.started_at desc, a.id desc limit ?");
    params.add(page.fetchSize());
    List<Attempt> rows = jdbc.sql(sql.toString()).params(params).query(AttemptRows::map).list();
    return page.page(rows, a -> Cursors.encode(a.startedAt(), a.id()));
  }

  private static Attempt map(ResultSet rs, int row) throws SQLException {
    Object status = rs.getObject("status");
    Object elapsed = rs.getObject("elapsed_ms");
    return new Attempt(
        rs.getObject("id", UUID.class),
        rs.getObject("publication_id", UUID.class),
        rs.getObject("item_id", UUID.class),
        rs.getObject("channel_id", UUID.class),
        rs.getString("operation"),
        rs.getString("kind"),
        rs.getInt("number"),
        rs.getString("idempotency_key"),
        rs.getString("request"),
        status == null ? null : ((Number) status).intValue(),
        rs.getString("response"),
        elapsed == null ? null : ((Number) elapsed).longValue(),
        rs.getString("outcome"),
        rs.getString("reason"),
        rs.getTimestamp("started_at").toInstant(),
        instant(rs.getTimestamp("finished_at")),
        rs.getString("title"));
  }
}
