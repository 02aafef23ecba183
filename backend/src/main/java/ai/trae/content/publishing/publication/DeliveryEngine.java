package ai.trae.content.publishing.publication;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.Items;
import ai.trae.content.publishing.PublishingProperties;
import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.content.publishing.channel.ChannelHealth;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.content.publishing.connector.Dispatch;
import ai.trae.content.publishing.connector.Exchange;
import ai.trae.content.publishing.connector.Lookup;
import ai.trae.content.publishing.connector.Outcome;
import ai.trae.content.publishing.publication.DeliveryQueue.Step;
import ai.trae.content.publishing.publication.PublicationRows.Settled;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.ProblemException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs one attempt of a delivery. The attempt is claimed in a transaction that moves the
 * publication to {@code sending} and writes its log row, so of two nodes (or two executions) only
 * one sends; the connector is called outside any transaction; its outcome is settled in another,
 * which queues the next attempt when there is one.
 */
@Service
class DeliveryEngine {

  private static final Logger log = LoggerFactory.getLogger(DeliveryEngine.class);

  private final PublicationRows rows;
  private final AttemptRows attempts;
  private final ChannelDirectory channels;
  private final ChannelHealth health;
  private final Connectors connectors;
  private final Items items;
  private final OutgoingItems outgoing;
  private final Verdict verdict;
  private final DeliveryQueue queue;
  private final Publisher publisher;
  private final TransactionTemplate transactions;
  private final PublishingProperties properties;
  private final Clock clock;

  DeliveryEngine(
      PublicationRows rows,
      AttemptRows attempts,
      ChannelDirectory channels,
      ChannelHealth health,
      Connectors connectors,
      Items items,
      OutgoingItems outgoing,
      Verdict verdict,
      DeliveryQueue queue,
      Publisher publisher,
      PlatformTransactionManager transactionManager,
      PublishingProperties properties,
      Clock clock) {
    this.rows = rows;
    this.attempts = attempts;
    this.channels = channels;
    this.health = health;
    this.connectors = connectors;
    this.items = items;
    this.outgoing = outgoing;
    this.verdict = verdict;
    this.queue = queue;
    this.publisher = publisher;
    this.transactions = new TransactionTemplate(transactionManager);
    this.properties = properties;
    this.clock = clock;
  }

  /** One attempt; does nothing when another node claimed it or the delivery moved on. */
  void run(Step step) {
    Optional<Publication> found = rows.find(step.publicationId());
    if (found.isEmpty()) {
      return;
    }
    Publication p = found.get();
    String kind = p.checkFirst() ? "lookup" : "send";
    UUID claimedId = Ids.newId();
    Boolean claimed =
        transactions.execute(
            tx -> {
              Instant now = now();
              if (!rows.claim(p.id(), step.delivery(), step.attempt(), now)) {
                return false;
              }
              attempts.start(Attempt.open(claimedId, p, kind, step.attempt(), now));
              return true;
            });
    if (!Boolean.TRUE.equals(claimed)) {
      log.debug("Attempt {} was claimed elsewhere or is stale", step.id());
      return;
    }
    UUID attemptId = claimedId;
    Channel channel = channels.find(p.channelId()).orElseThrow();
    Optional<Connector> connector = connectors.find(channel.connector());
    if (connector.isEmpty()) {
      settle(
          p, step, attemptId, failure("No connector of type " + channel.connector() + "."), null);
      return;
    }
    ContentItem item;
    Dispatch dispatch;
    try {
      item = items.get(p.itemId());
      dispatch =
          new Dispatch(
              channels.config(channel),
              p.id(),
              p.idempotencyKey(),
              step.attempt(),
              outgoing.of(item, channel),
              p.externalId(),
              p.externalUrl());
    } catch (ProblemException gone) {
      settle(p, step, attemptId, failure("The item is no longer there."), null);
      return;
    }
    if (p.checkFirst()) {
      Lookup lookup = lookUp(connector.get(), dispatch);
      switch (lookup) {
        case Lookup.Found f -> {
          Outcome arrived = new Outcome.Delivered(f.externalId(), f.url(), Exchange.NONE);
          settle(p, step, attemptId, new Ended(arrived, "found", "It had arrived."), dispatch);
          return;
        }
        case Lookup.Unavailable u -> {
          finishAndSettle(
              p,
              step,
              attemptId,
              Exchange.NONE,
              "unavailable",
              u.reason(),
              verdict.lookupLater(u.reason(), step.attempt(), now()),
              false);
          return;
        }
        case Lookup.Unsupported x -> {
          finishAndSettle(
              p,
              step,
              attemptId,
              Exchange.NONE,
              "unavailable",
              "The connector cannot tell.",
              Verdict.needsChecking(
                  "The outcome of the last attempt is unknown and the connector cannot tell"
                      + " whether it arrived: check, then mark it delivered or send it again."),
              false);
          return;
        }
        case Lookup.NotFound n -> {
          // it did not arrive: this attempt sends, under a log row of its own
          UUID sendId = Ids.newId();
          transactions.executeWithoutResult(
              tx -> {
                Instant now = now();
                attempts.finish(claimedId, Exchange.NONE, "not_found", "It had not arrived.", now);
                attempts.start(Attempt.open(sendId, p, "send", step.attempt(), now));
              });
          attemptId = sendId;
        }
      }
    }
    Outcome outcome = send(connector.get(), dispatch, p.operation());
    settle(
        p,
        step,
        attemptId,
        new Ended(outcome, OutcomeText.label(outcome), OutcomeText.reason(outcome)),
        dispatch);
    if (outcome instanceof Outcome.CredentialRejected rejected) {
      health.credentialRejected(channel.id(), rejected.reason());
    }
  }

  /** Attempts whose node stopped mid-way: their outcome is unknown. */
  void sweep() {
    Instant cutoff = now().minus(properties.claimTimeout());
    for (Publication p : rows.cutOff(cutoff)) {
      Channel channel = channels.find(p.channelId()).orElseThrow();
      var spec = connectors.find(channel.connector()).map(Connector::spec);
      Settled settled =
          spec.isPresent()
              ? verdict.unknown(
                  "The attempt was cut off (its node stopped).", spec.get(), p.attempts(), now())
              : Verdict.failed("No connector of type " + channel.connector() + ".");
      transactions.executeWithoutResult(
          tx -> {
            attempts.finishOpen(p.id(), "unknown", "Cut off: its node stopped.", now());
            if (rows.settle(p.id(), p.delivery(), p.attempts(), settled, now())) {
              next(p, p.delivery(), p.attempts(), settled);
            }
          });
    }
  }

  private record Ended(Outcome outcome, String label, String reason) {}

  private static Ended failure(String reason) {
    return new Ended(new Outcome.Failed(reason, Exchange.NONE), "failed", reason);
  }

  private void settle(
      Publication p, Step step, UUID attemptId, Ended ended, @Nullable Dispatch dispatch) {
    var spec =
        channels
            .find(p.channelId())
            .flatMap(c -> connectors.find(c.connector()))
            .map(Connector::spec);
    int sent = dispatch == null ? p.itemVersion() : dispatch.item().version();
    Settled settled =
        spec.isEmpty()
            ? Verdict.failed(ended.reason())
            : verdict.of(ended.outcome(), p.operation(), spec.get(), step.attempt(), sent, now());
    finishAndSettle(
        p,
        step,
        attemptId,
        ended.outcome().exchange(),
        ended.label(),
        ended.reason(),
        settled,
        ended.outcome() instanceof Outcome.Delivered);
  }

  private void finishAndSettle(
      Publication p,
      Step step,
      UUID attemptId,
      Exchange exchange,
      String label,
      String reason,
      Settled settled,
      boolean delivered) {
    transactions.executeWithoutResult(
        tx -> {
          Instant now = now();
          attempts.finish(attemptId, exchange, label, reason, now);
          if (rows.settle(p.id(), step.delivery(), step.attempt(), settled, now)) {
            next(p, step.delivery(), step.attempt(), settled);
          }
        });
    if (delivered) {
      // an edit or an unpublish that came while this attempt was under way
      transactions.executeWithoutResult(tx -> publisher.reconcile(p.itemId(), false));
    }
  }

  private void next(Publication p, int delivery, int attempt, Settled settled) {
    if (settled.status() == PublicationStatus.RETRYING && settled.nextAttemptAt() != null) {
      queue.queue(p.id(), delivery, attempt + 1, settled.nextAttemptAt());
    }
  }

  private static Lookup lookUp(Connector connector, Dispatch dispatch) {
    try {
      return connector.lookup(dispatch);
    } catch (RuntimeException ex) {
      log.warn("Look-up by connector {} failed", connector.type(), ex);
      return new Lookup.Unavailable("The look-up failed: " + ex.getClass().getSimpleName() + ".");
    }
  }

  private static Outcome send(Connector connector, Dispatch dispatch, Operation operation) {
    try {
      return operation == Operation.UNPUBLISH
          ? connector.unpublish(dispatch)
          : connector.publish(dispatch);
    } catch (RuntimeException ex) {
      // it may have failed before or after the request left: never assume it did not arrive
      log.warn("Connector {} failed", connector.type(), ex);
      return new Outcome.Unknown(
          "The connector failed (" + ex.getClass().getSimpleName() + ").", Exchange.NONE);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
