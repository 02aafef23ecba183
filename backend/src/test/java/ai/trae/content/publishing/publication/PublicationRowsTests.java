package ai.trae.content.publishing.publication;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.publication.PublicationRows.Settled;
import ai.trae.platform.web.PageRequest;
import ai.trae.support.DataSliceTest;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The conditional updates that keep an attempt from being sent twice, and the log's paging. */
@DataSliceTest
@Import({PublicationRows.class, AttemptRows.class})
class PublicationRowsTests {

  static final Instant NOW = Instant.parse("2026-12-02T10:00:00Z");

  @Autowired PublicationRows rows;
  @Autowired AttemptRows attempts;
  @Autowired JdbcClient jdbc;

  UUID item;
  UUID channel;

  @BeforeEach
  void rows() {
    item = UUID.randomUUID();
    channel = UUID.randomUUID();
    jdbc.sql(
            "insert into content_items (id, type, status, title, slug, author_id, created_at,"
                + " updated_at) values (?, 'article', 'published', 'T', ?, ?, ?, ?)")
        .params(item, "t-" + item, UUID.randomUUID(), Timestamp.from(NOW), Timestamp.from(NOW))
        .update();
    jdbc.sql(
            "insert into content_channels (id, slug, name, connector, created_by, created_at,"
                + " updated_at) values (?, ?, 'C', 'recording', ?, ?, ?)")
        .params(
            channel, "c-" + channel, UUID.randomUUID(), Timestamp.from(NOW), Timestamp.from(NOW))
        .update();
  }

  Publication pending() {
    Publication p =
        new Publication(
            UUID.randomUUID(),
            item,
            channel,
            PublicationStatus.PENDING,
            Operation.PUBLISH,
            "msg_1",
            1,
            0,
            NOW,
            null,
            null,
            null,
            1,
            null,
            false,
            null,
            NOW,
            NOW,
            1);
    assertThat(rows.insert(p)).isTrue();
    return p;
  }

  static Settled retrying() {
    return new Settled(
        PublicationStatus.RETRYING, NOW.plusSeconds(10), "503.", null, null, null, false, null);
  }

  @Test
  void oneItemHasOnePublicationPerChannel() {
    pending();
    Publication again =
        new Publication(
            UUID.randomUUID(),
            item,
            channel,
            PublicationStatus.PENDING,
            Operation.PUBLISH,
            "msg_2",
            1,
            0,
            NOW,
            null,
            null,
            null,
            1,
            null,
            false,
            null,
            NOW,
            NOW,
            1);
    assertThat(rows.insert(again)).isFalse();
  }

  @Test
  void anAttemptIsClaimedOnceAndOnlyTheOneItWaitsFor() {
    Publication p = pending();
    assertThat(rows.claim(p.id(), 1, 2, NOW)).isFalse();
    assertThat(rows.claim(p.id(), 2, 1, NOW)).isFalse();
    assertThat(rows.claim(p.id(), 1, 1, NOW)).isTrue();
    assertThat(rows.claim(p.id(), 1, 1, NOW)).isFalse();

    assertThat(rows.settle(p.id(), 1, 1, retrying(), NOW)).isTrue();
    // a late answer for the same attempt changes nothing more
    assertThat(rows.settle(p.id(), 1, 1, retrying(), NOW)).isFalse();
    assertThat(rows.claim(p.id(), 1, 1, NOW)).isFalse();
    assertThat(rows.claim(p.id(), 1, 2, NOW)).isTrue();
    Publication now = rows.find(p.id()).orElseThrow();
    assertThat(now.status()).isEqualTo(PublicationStatus.SENDING);
    assertThat(now.attempts()).isEqualTo(2);
  }

  @Test
  void aDeliveryStartsOnlyFromTheVersionItWasSeenAt() {
    Publication p = pending();
    assertThat(rows.startDelivery(p.id(), 9, Operation.UPDATE, "msg_u", 2, false, NOW)).isEmpty();
    assertThat(rows.startDelivery(p.id(), 1, Operation.UPDATE, "msg_u", 2, false, NOW)).hasValue(2);
    Publication started = rows.find(p.id()).orElseThrow();
    assertThat(started.idempotencyKey()).isEqualTo("msg_u");
    assertThat(started.attempts()).isZero();
    assertThat(started.operation()).isEqualTo(Operation.UPDATE);
  }

  @Test
  void attemptsCutOffByAStoppedNodeAreFound() {
    Publication p = pending();
    rows.claim(p.id(), 1, 1, NOW.minus(Duration.ofMinutes(10)));
    assertThat(rows.cutOff(NOW.minus(Duration.ofMinutes(5))))
        .extracting(Publication::id)
        .contains(p.id());
    assertThat(rows.cutOff(NOW.minus(Duration.ofMinutes(20))))
        .extracting(Publication::id)
        .doesNotContain(p.id());
  }

  @Test
  void theLogIsPagedNewestFirstPerItemAndPerChannel() {
    Publication p = pending();
    for (int n = 1; n <= 3; n++) {
      UUID id = UUID.randomUUID();
      attempts.start(
          new Attempt(
              id,
              p.id(),
              item,
              channel,
              "publish",
              "send",
              n,
              "msg_1",
              "",
              null,
              null,
              null,
              "in_progress",
              "",
              NOW.plusSeconds(n).truncatedTo(ChronoUnit.MICROS),
              null,
              null));
      attempts.finish(id, Exchange.NONE, "retry", "503.", NOW.plusSeconds(n));
    }
    var first = attempts.byItem(item, PageRequest.of(null, 2, 25, 100));
    assertThat(first.items()).extracting(Attempt::number).containsExactly(3, 2);
    assertThat(first.items().getFirst().itemTitle()).isEqualTo("T");
    var second = attempts.byChannel(channel, PageRequest.of(first.nextCursor(), 2, 25, 100));
    assertThat(second.items()).extracting(Attempt::number).containsExactly(1);
    assertThat(second.nextCursor()).isNull();
    assertThat(attempts.byPublication(p.id())).extracting(Attempt::number).containsExactly(1, 2, 3);
  }

  @Test
  void theLogsQueriesAreServedByTheirIndexes() {
    jdbc.sql("set local enable_seqscan = off").update();
    assertThat(
            plan(
                "explain select * from content_publication_attempts where item_id = ? order by started_at desc, id desc limit 26",
                item))
        .contains("content_attempts_item_idx");
    assertThat(
            plan(
                "explain select * from content_publication_attempts where channel_id = ? order by started_at desc, id desc limit 26",
                channel))
        .contains("content_attempts_channel_idx");
    assertThat(plan("explain select * from content_publications where item_id = ?", item))
        .contains("content_publications_item_channel_uq");
  }

  String plan(String sql, Object param) {
    List<String> lines = jdbc.sql(sql).param(param).query(String.class).list();
    return String.join("\n", lines);
  }
}
