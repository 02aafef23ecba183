package ai.trae.content.publishing.publication;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The one writer of {@code content_publications}. Every change of a delivery is a conditional
 * update on what the writer last saw (delivery, attempt, status), so two nodes, or a late answer
 * and the sweep, never both move the same attempt on.
 */
@Repository
class PublicationRows {

  private static final String COLUMNS =
      "id, item_id, channel_id, status, operation, idempotency_key, delivery, attempts,"
          + " next_attempt_at, last_error, external_id, external_url, item_version, delivered_at,"
          + " check_first, claimed_at, created_at, updated_at, version";

  private final JdbcClient jdbc;

  PublicationRows(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** False when the item already has a publication on the channel. */
  boolean insert(Publication p) {
    return jdbc.sql(
                "insert into content_publications ("
                    + COLUMNS
                    + ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " on conflict (item_id, channel_id) do nothing")
            .params(
                p.id(),
                p.itemId(),
                p.channelId(),
                p.status().value(),
                p.operation().value(),
                p.idempotencyKey(),
                p.delivery(),
                p.attempts(),
                ts(p.nextAttemptAt()),
                p.lastError(),
                p.externalId(),
                p.externalUrl(),
                p.itemVersion(),
                ts(p.deliveredAt()),
                p.checkFirst(),
                ts(p.claimedAt()),
                ts(p.createdAt()),
                ts(p.updatedAt()),
                p.version())
            .update()
        == 1;
  }

  Optional<Publication> find(UUID id) {
    return jdbc.sql("select " + COLUMNS + " from content_publications where id = ?")
        .param(id)
        .query(PublicationRows::map)
        .optional();
  }

  /** An item's publications (content_publications_item_channel_uq); a handful per item. */
  List<Publication> byItem(UUID itemId) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from content_publications where item_id = ? order by created_at, id")
        .param(itemId)
        .query(PublicationRows::map)
        .list();
  }

  /**
   * Starts the next delivery: a new idempotency key, no attempts yet. Only from a settled status
   * ({@code expected}), so a delivery in progress is never replaced under it.
   *
   * @return the delivery's number, empty when the publication moved on meanwhile
   */
  Optional<Integer> startDelivery(
      UUID id,
      long expectedVersion,
      Operation operation,
      String key,
      int itemVersion,
      boolean forgetExternal,
      Instant now) {
    return jdbc.sql(
            "update content_publications set status = 'pending', operation = ?, idempotency_key"
                + " = ?, delivery = delivery + 1, attempts = 0, next_attempt_at = ?, last_error ="
                + " null, check_first = false, item_version = ?, external_id = case when ? then"
                + " null else external_id end, external_url = case when ? then null else"
                + " external_url end, updated_at = ?, version = version + 1 where id = ? and"
                + " version = ? returning delivery")
        .params(
            operation.value(),
            key,
            ts(now),
            itemVersion,
            forgetExternal,
            forgetExternal,
            ts(now),
            id,
            expectedVersion)
        .query(Integer.class)
        .optional();
  }

  /** The same delivery again from its first attempt (same key): "retry now", "send again". */
  Optional<Integer> requeue(UUID id, PublicationStatus from, Instant now) {
    return jdbc.sql(
            "update content_publications set status = 'pending', delivery = delivery + 1,"
                + " attempts = 0, next_attempt_at = ?, check_first = false, updated_at = ?,"
                + " version = version + 1 where id = ? and status = ? returning delivery")
        .params(ts(now), ts(now), id, from.value())
        .query(Integer.class)
        .optional();
  }

  /**
   * Claims attempt {@code attempt} of the delivery: true for exactly one caller, and only while the
   * delivery waits for that attempt.
   */
  boolean claim(UUID id, int delivery, int attempt, Instant now) {
    return jdbc.sql(
                "update content_publications set status = 'sending', attempts = ?, claimed_at = ?,"
                    + " next_attempt_at = null, updated_at = ?, version = version + 1 where id = ?"
                    + " and delivery = ? and attempts = ? and status in ('pending', 'retrying')")
            .params(attempt, ts(now), ts(now), id, delivery, attempt - 1)
            .update()
        == 1;
  }

  /** How the claimed attempt ended; false when the sweep already settled it. */
  boolean settle(UUID id, int delivery, int attempt, Settled s, Instant now) {
    return jdbc.sql(
                "update content_publications set status = ?, next_attempt_at = ?, last_error = ?,"
                    + " external_id = coalesce(?, external_id), external_url = coalesce(?,"
                    + " external_url), delivered_at = coalesce(?, delivered_at), check_first = ?,"
                    + " item_version = coalesce(?, item_version), claimed_at = null, updated_at = ?, version = version + 1 where id = ? and"
                    + " delivery = ? and attempts = ? and status = 'sending'")
            .params(
                s.status().value(),
                ts(s.nextAttemptAt()),
                s.lastError(),
                s.externalId(),
                s.externalUrl(),
                ts(s.deliveredAt()),
                s.checkFirst(),
                s.itemVersion(),
                ts(now),
                id,
                delivery,
                attempt)
            .update()
        == 1;
  }

  /** A person says it arrived. */
  boolean markDelivered(
      UUID id, @Nullable String externalId, @Nullable String externalUrl, Instant now) {
    return jdbc.sql(
                "update content_publications set status = 'delivered', external_id ="
                    + " coalesce(?, external_id), external_url = coalesce(?, external_url),"
                    + " delivered_at = ?, last_error = null, updated_at = ?, version = version + 1"
                    + " where id = ? and status = 'needs_checking'")
            .params(externalId, externalUrl, ts(now), ts(now), id)
            .update()
        == 1;
  }

  /** A delivery not yet under way is dropped (the item was unpublished first). */
  boolean cancel(UUID id, long expectedVersion, String reason, Instant now) {
    return jdbc.sql(
                "update content_publications set status = 'cancelled', next_attempt_at = null,"
                    + " last_error = ?, updated_at = ?, version = version + 1 where id = ? and"
                    + " version = ? and status <> 'sending'")
            .params(reason, ts(now), id, expectedVersion)
            .update()
        == 1;
  }

  /** A note on a settled publication (why an unpublish did not take it back). */
  void note(UUID id, String note, Instant now) {
    jdbc.sql(
            "update content_publications set last_error = ?, updated_at = ?, version = version +"
                + " 1 where id = ?")
        .params(note, ts(now), id)
        .update();
  }

  /** Attempts left "sending" since before {@code cutoff}: content_publications_sending_idx. */
  List<Publication> cutOff(Instant cutoff) {
    return jdbc.sql(
            "select "
                + COLUMNS
                + " from content_publications where status = 'sending' and claimed_at < ? limit"
                + " 100")
        .param(ts(cutoff))
        .query(PublicationRows::map)
        .list();
  }

  /** How an attempt leaves its publication. */
  record Settled(
      PublicationStatus status,
      @Nullable Instant nextAttemptAt,
      @Nullable String lastError,
      @Nullable String externalId,
      @Nullable String externalUrl,
      @Nullable Instant deliveredAt,
      boolean checkFirst,
      @Nullable Integer itemVersion) {}

  private static Publication map(ResultSet rs, int row) throws SQLException {
    return new Publication(
        rs.getObject("id", UUID.class),
        rs.getObject("item_id", UUID.class),
        rs.getObject("channel_id", UUID.class),
        PublicationStatus.of(rs.getString("status")),
        Operation.of(rs.getString("operation")),
        rs.getString("idempotency_key"),
        rs.getInt("delivery"),
        rs.getInt("attempts"),
        instant(rs.getTimestamp("next_attempt_at")),
        rs.getString("last_error"),
        rs.getString("external_id"),
        rs.getString("external_url"),
        rs.getInt("item_version"),
        instant(rs.getTimestamp("delivered_at")),
        rs.getBoolean("check_first"),
        instant(rs.getTimestamp("claimed_at")),
        rs.getTimestamp("created_at").toInstant(),
        rs.getTimestamp("updated_at").toInstant(),
        rs.getLong("version"));
  }

  static @Nullable Timestamp ts(@Nullable Instant at) {
    return at == null ? null : Timestamp.from(at);
  }

  static @Nullable Instant instant(@Nullable Timestamp ts) {
    return ts == null ? null : ts.toInstant();
  }
}
