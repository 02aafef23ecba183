package ai.trae.content.publishing.publication;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentCallers;
import ai.trae.content.ContentCallers.Caller;
import ai.trae.content.publishing.PublishingCalls;
import ai.trae.content.publishing.RecordingConnectors;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.boot.autoconfigure.Jackson3Serializer;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Scheduled publishing with the app's own job runner off: each test starts the "nodes" it needs
 * (db-scheduler instances on the app's database), so it can run two at once, or none until after
 * the time (a restart), and count how often the publish job ran.
 */
@IntegrationTest
@Import(RecordingConnectors.class)
@TestPropertySource(properties = {"trae.jobs.enabled=false", "trae.publishing.retry-base=200ms"})
class ScheduledPublishingTests {

  static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired DataSource dataSource;
  @Autowired ScheduledPublishing publishing;

  @Autowired
  @Qualifier("publicationDeliveryTask")
  OneTimeTask<String> delivery;

  final AtomicInteger fired = new AtomicInteger();
  final List<Scheduler> nodes = new ArrayList<>();
  ContentCallers api;
  PublishingCalls calls;
  Caller editor;

  @BeforeEach
  void setUp() {
    api = new ContentCallers(http, accounts, jdbc);
    calls = new PublishingCalls(api, http);
    editor = api.user("EDITOR");
  }

  @AfterEach
  void stopNodes() {
    nodes.forEach(Scheduler::stop);
  }

  /** One more node running the publish job (counting its runs) and the delivery job. */
  void startNode() {
    OneTimeTask<String> counting =
        Tasks.oneTime(ScheduledPublishing.TASK, String.class)
            .execute(
                (instance, context) -> {
                  fired.incrementAndGet();
                  publishing.fire(instance.getId(), instance.getData());
                });
    Scheduler node =
        Scheduler.create(dataSource, List.of(counting, delivery))
            .serializer(new Jackson3Serializer())
            .pollingInterval(Duration.ofMillis(200))
            .threads(2)
            .build();
    node.start();
    nodes.add(node);
  }

  UUID schedule(String at, String... channels) {
    UUID item = calls.approvedItem(editor, "Scheduled " + at, channels);
    calls.transition(item, "{\"action\": \"schedule\", \"at\": \"" + at + "\"}", editor, 200);
    return item;
  }

  String status(UUID item) {
    return Http.json(api.get("/api/v1/content/" + item, editor)).get("status").asString();
  }

  long publishVersions(UUID item) {
    return jdbc.sql("select count(*) from content_versions where item_id = ? and note = 'publish'")
        .param(item)
        .query(Long.class)
        .single();
  }

  Optional<Instant> job(UUID item) {
    return jdbc.sql(
            "select execution_time from scheduled_tasks where task_name = ? and task_instance = ?")
        .params(ScheduledPublishing.TASK, item.toString())
        .query(Timestamp.class)
        .optional()
        .map(Timestamp::toInstant);
  }

  @Test
  void anItemScheduledFiveSecondsAheadIsPublishedOnceAtItsTime() {
    startNode();
    var channel = calls.channel("recording", false, editor);
    Instant at = Instant.now().plusSeconds(5).truncatedTo(ChronoUnit.MILLIS);
    UUID item = schedule(at.toString(), channel.slug());
    assertThat(status(item)).isEqualTo("scheduled");

    Awaitility.await()
        .atMost(Duration.ofSeconds(12))
        .pollInterval(Duration.ofMillis(100))
        .until(() -> status(item).equals("published"));
    Instant publishedSeen = Instant.now();

    assertThat(publishedSeen).isAfterOrEqualTo(at);
    assertThat(Duration.between(at, publishedSeen)).isLessThan(Duration.ofSeconds(3));
    Instant publishedAt =
        Instant.parse(
            Http.json(api.get("/api/v1/content/" + item, editor)).get("publishedAt").asString());
    assertThat(publishedAt).isAfterOrEqualTo(at.truncatedTo(ChronoUnit.SECONDS));
    calls.awaitStatus(item, channel.slug(), editor, "delivered");
    assertThat(fired.get()).isEqualTo(1);
    assertThat(publishVersions(item)).isEqualTo(1);
    assertThat(job(item)).isEmpty();
  }

  @Test
  void twoNodesOnOneDatabasePublishEachScheduledItemOnce() {
    startNode();
    startNode();
    Instant at = Instant.now().plusSeconds(3);
    List<UUID> items =
        List.of(schedule(at.toString()), schedule(at.toString()), schedule(at.toString()));

    Awaitility.await()
        .atMost(Duration.ofSeconds(12))
        .until(() -> items.stream().allMatch(i -> status(i).equals("published")));
    // time for a second run, had there been one
    Awaitility.await().pollDelay(Duration.ofSeconds(1)).until(() -> true);

    assertThat(fired.get()).isEqualTo(3);
    assertThat(items).allSatisfy(i -> assertThat(publishVersions(i)).isEqualTo(1));
  }

  @Test
  void aTimeThatPassedWhileNoNodeRanIsPublishedWhenOneStarts() throws InterruptedException {
    UUID item = schedule(Instant.now().plusSeconds(2).toString());
    Thread.sleep(3_000);
    assertThat(status(item)).isEqualTo("scheduled");

    startNode();

    Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> status(item).equals("published"));
    assertThat(fired.get()).isEqualTo(1);
  }

  @Test
  void aZonedTimeIsStoredAsTheExactInstantOnEitherSideOfADaylightSavingChange() {
    // Europe/Berlin moves to summer time on 28 March 2027: 09:00 is +01:00 the day before, +02:00
    // after
    UUID before = schedule("2027-03-27T09:00:00+01:00");
    UUID after = schedule("2027-03-29T09:00:00+02:00");
    UUID autumn = schedule("2027-11-01T09:00:00+01:00");

    for (var expected :
        List.of(
            new Object[] {before, "2027-03-27T08:00:00Z"},
            new Object[] {after, "2027-03-29T07:00:00Z"},
            new Object[] {autumn, "2027-11-01T08:00:00Z"})) {
      UUID item = (UUID) expected[0];
      Instant stored =
          Instant.parse(
              Http.json(api.get("/api/v1/content/" + item, editor)).get("scheduledAt").asString());
      assertThat(stored).isEqualTo(Instant.parse((String) expected[1]));
      assertThat(ZonedDateTime.ofInstant(stored, BERLIN).getHour()).isEqualTo(9);
      assertThat(ZonedDateTime.ofInstant(stored, BERLIN).getMinute()).isZero();
      assertThat(job(item)).hasValue(stored);
    }
  }

  @Test
  void reschedulingMovesTheJobAndUnschedulingDropsIt() {
    UUID item = schedule("2027-06-01T09:00:00+02:00");
    assertThat(job(item)).hasValue(Instant.parse("2027-06-01T07:00:00Z"));

    calls.transition(item, "{\"action\": \"unschedule\"}", editor, 200);
    assertThat(job(item)).isEmpty();

    calls.transition(
        item, "{\"action\": \"schedule\", \"at\": \"2027-06-02T10:30:00+02:00\"}", editor, 200);
    assertThat(job(item)).hasValue(Instant.parse("2027-06-02T08:30:00Z"));

    calls.transition(item, "{\"action\": \"publish\"}", editor, 200);
    assertThat(job(item)).isEmpty();
  }

  @Test
  void aScheduledItemWhoseApprovalWasWithdrawnStaysScheduledAndTheRefusalIsAudited() {
    startNode();
    var channel = calls.channel("recording", true, editor);
    UUID item = calls.approvedItem(editor, "Approval withdrawn", channel.slug());
    String approval = "/api/v1/content/" + item + "/channel-approvals/" + channel.slug();
    assertThat(api.send("PUT", approval, "", editor).statusCode()).isEqualTo(200);
    calls.transition(
        item,
        "{\"action\": \"schedule\", \"at\": \"" + Instant.now().plusSeconds(2) + "\"}",
        editor,
        200);
    assertThat(api.send("DELETE", approval, "", editor).statusCode()).isEqualTo(204);

    Awaitility.await().atMost(Duration.ofSeconds(8)).until(() -> fired.get() == 1);
    Awaitility.await()
        .atMost(Duration.ofSeconds(3))
        .until(
            () ->
                jdbc.sql(
                            "select count(*) from audit_events where action = 'content.schedule-failed' and target_id = ?")
                        .param(item.toString())
                        .query(Long.class)
                        .single()
                    == 1);
    assertThat(status(item)).isEqualTo("scheduled");
  }
}
