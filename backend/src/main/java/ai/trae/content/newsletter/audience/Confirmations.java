package ai.trae.content.newsletter.audience;

import ai.trae.platform.crypto.OpaqueTokens;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Double opt-in links, like identity's reset links: 256 random bits of which only the SHA-256 is
 * stored, expiring, and used by one conditional update so that of two clicks exactly one wins.
 */
@Service
public class Confirmations {

  private static final int MAX_TOKEN_LENGTH = 128;

  private final JdbcClient jdbc;
  private final Subscribers subscribers;
  private final Clock clock;

  Confirmations(JdbcClient jdbc, Subscribers subscribers, Clock clock) {
    this.jdbc = jdbc;
    this.subscribers = subscribers;
    this.clock = clock;
  }

  /** A new link for the subscriber; its earlier unused ones stop working. */
  @Transactional
  String issue(UUID subscriberId, Duration ttl) {
    jdbc.sql("delete from newsletter_confirmations where subscriber_id = ? and used_at is null")
        .param(subscriberId)
        .update();
    String token = OpaqueTokens.random();
    Instant now = clock.instant();
    jdbc.sql(
            """
            insert into newsletter_confirmations (token_hash, subscriber_id, created_at, expires_at)
            values (?, ?, ?, ?)
            """)
        .params(
            OpaqueTokens.sha256(token),
            subscriberId,
            Timestamp.from(now),
            Timestamp.from(now.plus(ttl)))
        .update();
    return token;
  }

  /**
   * Uses the link and confirms its subscriber.
   *
   * @return the subscriber, empty when the link is unknown, used or expired
   */
  @Transactional
  public Optional<Subscriber> confirm(String token) {
    if (token.isEmpty() || token.length() > MAX_TOKEN_LENGTH) {
      return Optional.empty();
    }
    Timestamp now = Timestamp.from(clock.instant());
    Optional<UUID> subscriber =
        jdbc.sql(
                """
                update newsletter_confirmations set used_at = ?
                where token_hash = ? and used_at is null and expires_at > ?
                returning subscriber_id
                """)
            .params(now, OpaqueTokens.sha256(token), now)
            .query(UUID.class)
            .optional();
    subscriber.ifPresent(subscribers::confirm);
    return subscriber.flatMap(subscribers::find);
  }

  /** Drops links that can never be used again. */
  int purgeDead() {
    return jdbc.sql(
            "delete from newsletter_confirmations where expires_at < ? or used_at is not null")
        .param(Timestamp.from(clock.instant()))
        .update();
  }
}
