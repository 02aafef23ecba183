package ai.trae.content.newsletter.audience;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.newsletter.audience.Subscriber.Status;
import ai.trae.support.DataSliceTest;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The audience's tables: uniqueness, status rules, suppression and the indexes of its lists. */
@DataSliceTest
@Import({
  NewsletterLists.class,
  Subscribers.class,
  Suppressions.class,
  Confirmations.class,
  AudienceRowsTests.Clocks.class
})
class AudienceRowsTests {

  @TestConfiguration
  static class Clocks {
    @Bean
    Clock clock() {
      return Clock.systemUTC();
    }
  }

  @Autowired NewsletterLists lists;
  @Autowired Subscribers subscribers;
  @Autowired Suppressions suppressions;
  @Autowired Confirmations confirmations;
  @Autowired JdbcClient jdbc;

  @Test
  void anAddressIsOnAListOnceAndAnUnsubscribeIsNotUndoneByAConfirmation() {
    UUID list = list("once");
    Subscriber ann =
        subscribers.insert(list, "ann@example.test", null, Status.PENDING, "signup").orElseThrow();
    assertThat(subscribers.insert(list, "ann@example.test", "Ann", Status.CONFIRMED, "import"))
        .isEmpty();
    String token = confirmations.issue(ann.id(), java.time.Duration.ofHours(1));

    assertThat(subscribers.unsubscribe(ann.id())).isTrue();
    assertThat(confirmations.confirm(token).orElseThrow().status()).isEqualTo(Status.UNSUBSCRIBED);
    assertThat(confirmations.confirm(token)).as("single use").isEmpty();
    assertThat(confirmations.confirm("made-up")).isEmpty();
  }

  @Test
  void aConfirmationLinkExpiresAndANewOneReplacesTheOld() {
    UUID list = list("expiry");
    Subscriber bo =
        subscribers.insert(list, "bo@example.test", null, Status.PENDING, "signup").orElseThrow();
    String old = confirmations.issue(bo.id(), java.time.Duration.ofHours(1));
    String fresh = confirmations.issue(bo.id(), java.time.Duration.ofHours(1));
    assertThat(confirmations.confirm(old)).isEmpty();
    Subscriber cy =
        subscribers.insert(list, "cy@example.test", null, Status.PENDING, "signup").orElseThrow();
    String expired = confirmations.issue(cy.id(), java.time.Duration.ofMillis(1));
    sleep();
    assertThat(confirmations.confirm(expired)).isEmpty();
    assertThat(confirmations.confirm(fresh).orElseThrow().status()).isEqualTo(Status.CONFIRMED);
    assertThat(
            jdbc.sql("select token_hash from newsletter_confirmations")
                .query((rs, n) -> rs.getBytes(1))
                .list())
        .as("only hashes are stored")
        .allSatisfy(hash -> assertThat(hash).hasSize(32));
  }

  @Test
  void aSuppressionReachesEveryListAndLiftingRestoresWhatWasThere() {
    UUID a = list("a");
    UUID b = list("b");
    subscribers.insert(a, "dee@example.test", null, Status.CONFIRMED, "import");
    subscribers.insert(b, "dee@example.test", null, Status.PENDING, "signup");

    suppressions.suppress("dee@example.test", Suppression.Reason.BOUNCED, "550");
    suppressions.suppress("dee@example.test", Suppression.Reason.COMPLAINED, "abuse");
    suppressions.suppress("dee@example.test", Suppression.Reason.BOUNCED, "550 again");

    assertThat(suppressions.find("dee@example.test").orElseThrow().reason())
        .as("a complaint outranks a bounce")
        .isEqualTo(Suppression.Reason.COMPLAINED);
    assertThat(subscribers.findByEmail(a, "dee@example.test").orElseThrow().status())
        .isEqualTo(Status.BOUNCED);
    suppressions.lift("dee@example.test");
    assertThat(subscribers.findByEmail(a, "dee@example.test").orElseThrow().status())
        .isEqualTo(Status.CONFIRMED);
    assertThat(subscribers.findByEmail(b, "dee@example.test").orElseThrow().status())
        .isEqualTo(Status.PENDING);
  }

  @Test
  void pagesWalkNewestFirstWithAndWithoutAStatus() {
    UUID list = list("pages");
    for (int i = 0; i < 5; i++) {
      subscribers.insert(
          list,
          "p" + i + "@example.test",
          null,
          i % 2 == 0 ? Status.CONFIRMED : Status.PENDING,
          "x");
    }
    List<Subscriber> firstTwo = subscribers.page(list, null, null, 2);
    assertThat(firstTwo)
        .extracting(Subscriber::email)
        .containsExactly("p4@example.test", "p3@example.test");
    assertThat(subscribers.page(list, null, firstTwo.get(1).id(), 10)).hasSize(3);
    assertThat(subscribers.page(list, Status.CONFIRMED, null, 10))
        .extracting(Subscriber::email)
        .containsExactly("p4@example.test", "p2@example.test", "p0@example.test");
  }

  @Test
  void everyListQueryIsServedByAnIndex() {
    // on near-empty tables any index would do: ask for plans that need neither a scan nor a sort
    jdbc.sql("set local enable_seqscan = off").update();
    jdbc.sql("set local enable_bitmapscan = off").update();
    jdbc.sql("set local enable_sort = off").update();
    UUID id = UUID.randomUUID();
    assertThat(plan("select id from newsletter_lists order by created_at desc, id desc limit 51"))
        .contains("newsletter_lists_created_idx");
    assertThat(
            plan(
                "select id from newsletter_subscribers where list_id = '%s' order by id desc limit 51"
                    .formatted(id)))
        .contains("newsletter_subscribers_list_idx");
    assertThat(
            plan(
                ("select id from newsletter_subscribers where list_id = '%s' and status = 'pending'"
                        + " and id < '%s' order by id desc limit 51")
                    .formatted(id, id)))
        .contains("newsletter_subscribers_status_idx");
    assertThat(
            plan(
                "select id from newsletter_subscribers where list_id = '%s' and email = 'a@b.c'"
                    .formatted(id)))
        .contains("newsletter_subscribers_email_uq");
    assertThat(
            plan(
                "select email from newsletter_suppressions order by created_at desc, email desc"
                    + " limit 51"))
        .contains("newsletter_suppressions_created_idx");
    assertThat(
            plan(
                ("select id from newsletter_recipients where edition_id = '%s' and status = 'queued'"
                        + " order by id limit 50")
                    .formatted(id)))
        .contains("newsletter_recipients_queued_idx");
    assertThat(
            plan(
                ("select id from newsletter_editions where list_id = '%s'"
                        + " and (created_at, id) < (now(), '%s') order by created_at desc, id desc"
                        + " limit 51")
                    .formatted(id, id)))
        .contains("newsletter_editions_list_idx");
  }

  private UUID list(String name) {
    return lists.create(new NewsletterLists.Details(name, "", null, null)).id();
  }

  private String plan(String sql) {
    return String.join("\n", jdbc.sql("explain " + sql).query((rs, n) -> rs.getString(1)).list());
  }

  private static void sleep() {
    try {
      Thread.sleep(20);
    } catch (InterruptedException ex) {
      Thread.currentThread().interrupt();
    }
  }
}
