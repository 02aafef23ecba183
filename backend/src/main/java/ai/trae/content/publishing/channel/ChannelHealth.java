package ai.trae.content.publishing.channel;

import ai.trae.content.publishing.PublishingProperties;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.content.publishing.connector.Health;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whether each channel's credentials work: asks the connector (never inside a transaction: it calls
 * out), stores the answer, and warns once when a credential is about to expire. A temporary failure
 * says nothing about the credential, so it keeps the expiry already known.
 */
@Service
public class ChannelHealth {

  private static final Logger log = LoggerFactory.getLogger(ChannelHealth.class);

  private final ChannelRows rows;
  private final ChannelDirectory directory;
  private final Connectors connectors;
  private final AuditLog audit;
  private final ApplicationEventPublisher events;
  private final PublishingProperties properties;
  private final Clock clock;
  private final TransactionTemplate transactions;

  ChannelHealth(
      ChannelRows rows,
      ChannelDirectory directory,
      Connectors connectors,
      AuditLog audit,
      ApplicationEventPublisher events,
      PublishingProperties properties,
      Clock clock,
      PlatformTransactionManager transactionManager) {
    this.rows = rows;
    this.directory = directory;
    this.connectors = connectors;
    this.audit = audit;
    this.events = events;
    this.properties = properties;
    this.clock = clock;
    this.transactions = new TransactionTemplate(transactionManager);
  }

  /** What {@code Health} names a state, as stored and answered. */
  public static String value(Health.State state) {
    return state.name().toLowerCase(Locale.ROOT);
  }

  /** Checks one channel now and stores the answer. */
  public Health check(Channel channel) {
    Optional<Connector> connector = connectors.find(channel.connector());
    Health health;
    if (connector.isEmpty()) {
      health =
          Health.temporaryFailure("No connector of type " + channel.connector() + " is installed.");
    } else {
      try {
        health = connector.get().health(directory.config(channel));
      } catch (RuntimeException ex) {
        log.warn("Health check of channel {} failed", channel.slug(), ex);
        health = Health.temporaryFailure("The check failed: " + ex.getClass().getSimpleName());
      }
    }
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    @Nullable Instant expires =
        health.state() == Health.State.TEMPORARY_FAILURE && health.expiresAt() == null
            ? channel.credentialExpiresAt()
            : health.expiresAt();
    rows.recordHealth(channel.id(), value(health.state()), health.detail(), now, expires);
    warnIfExpiring(channel, expires, now);
    return new Health(health.state(), health.detail(), expires);
  }

  /** Every channel, one after the other: the recurring job. */
  public void checkAll() {
    for (Channel channel : rows.all()) {
      check(channel);
    }
  }

  /** A delivery was refused for its credentials: the channel needs reconnecting. */
  public void credentialRejected(UUID channelId, String reason) {
    rows.find(channelId)
        .ifPresent(
            c ->
                rows.recordHealth(
                    c.id(),
                    value(Health.State.CREDENTIAL_INVALID),
                    reason,
                    clock.instant().truncatedTo(ChronoUnit.MICROS),
                    c.credentialExpiresAt()));
  }

  private void warnIfExpiring(Channel channel, @Nullable Instant expires, Instant now) {
    if (expires == null || expires.isAfter(now.plus(properties.expiryWarning()))) {
      return;
    }
    // one transaction: the mark, the audit entry and the event (kept by the outbox until the
    // admins' mail went out, ExpiryWarnings) land together or not at all
    transactions.executeWithoutResult(
        status -> {
          if (!rows.markExpiryWarned(channel.id(), expires)) {
            return;
          }
          audit.record(
              AuditEvent.of("channel.credential-expiring", AuditEvent.Actor.system())
                  .target("channel", channel.id())
                  .with("slug", channel.slug())
                  .with("expiresAt", expires.toString()));
          events.publishEvent(new ChannelCredentialExpiring(channel.id(), channel.slug(), expires));
        });
  }
}
