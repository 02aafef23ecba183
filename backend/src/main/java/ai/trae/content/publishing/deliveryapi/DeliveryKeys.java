package ai.trae.content.publishing.deliveryapi;

import ai.trae.content.publishing.channel.Channel;
import ai.trae.content.publishing.channel.ChannelDirectory;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditEvent.Actor;
import ai.trae.identity.AuditLog;
import ai.trae.platform.crypto.OpaqueTokens;
import ai.trae.platform.database.Ids;
import ai.trae.platform.web.ProblemException;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Delivery keys ({@code trae_dk_…}), after identity's personal access tokens: 256 random bits,
 * shown once, stored as their SHA-256. Every read presents one, so a key's lookup is cached on each
 * node for {@link #CACHED_FOR}: a revoke applies at once on the node that took it and within that
 * time on the others.
 */
@Service
public class DeliveryKeys {

  public static final String PREFIX = "trae_dk_";
  static final Duration CACHED_FOR = Duration.ofSeconds(30);

  /** A key that works, and the channel it reads. */
  public record Owner(UUID keyId, UUID channelId, String channelSlug) {}

  public record Created(UUID id, String name, String key, String prefix, Instant createdAt) {

    /** Holds the key: keep it out of logs. */
    @Override
    public String toString() {
      return "Created[redacted]";
    }
  }

  public record KeyInfo(
      UUID id, String name, String prefix, Instant createdAt, @Nullable Instant lastUsedAt) {}

  private final JdbcClient jdbc;
  private final ChannelDirectory channels;
  private final AuditLog audit;
  private final Clock clock;
  private final Cache<String, Optional<Owner>> owners =
      Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(CACHED_FOR).build();

  DeliveryKeys(JdbcClient jdbc, ChannelDirectory channels, AuditLog audit, Clock clock) {
    this.jdbc = jdbc;
    this.channels = channels;
    this.audit = audit;
    this.clock = clock;
  }

  @Transactional
  public Created create(UUID channelId, String name, UUID actor) {
    Channel channel = deliveryChannel(channelId);
    String key = PREFIX + OpaqueTokens.random();
    UUID id = Ids.newId();
    Instant now = clock.instant();
    String prefix = key.substring(0, PREFIX.length() + 4);
    jdbc.sql(
            """
            insert into content_delivery_keys
              (id, channel_id, name, key_hash, prefix, created_by, created_at)
            values (?, ?, ?, ?, ?, ?, ?)
            """)
        .params(
            id,
            channel.id(),
            name.trim(),
            OpaqueTokens.sha256(key),
            prefix,
            actor,
            Timestamp.from(now))
        .update();
    audit.record(
        AuditEvent.of("channel.delivery-key.created", Actor.user(actor, null))
            .target("channel", channel.id())
            .with("key", id)
            .with("name", name.trim()));
    return new Created(id, name.trim(), key, prefix, now);
  }

  /** The channel's live keys, newest first (content_delivery_keys_channel_idx). */
  public List<KeyInfo> list(UUID channelId) {
    deliveryChannel(channelId);
    return jdbc.sql(
            """
            select id, name, prefix, created_at, last_used_at from content_delivery_keys
            where channel_id = ? and revoked_at is null order by created_at desc limit 200
            """)
        .param(channelId)
        .query(
            (rs, n) -> {
              Timestamp used = rs.getTimestamp("last_used_at");
              return new KeyInfo(
                  rs.getObject("id", UUID.class),
                  rs.getString("name"),
                  rs.getString("prefix"),
                  rs.getTimestamp("created_at").toInstant(),
                  used == null ? null : used.toInstant());
            })
        .list();
  }

  @Transactional
  public void revoke(UUID channelId, UUID keyId, UUID actor) {
    deliveryChannel(channelId);
    byte[] hash =
        jdbc.sql(
                """
                update content_delivery_keys set revoked_at = ?
                where id = ? and channel_id = ? and revoked_at is null returning key_hash
                """)
            .params(Timestamp.from(clock.instant()), keyId, channelId)
            .query(byte[].class)
            .optional()
            .orElseThrow(
                () ->
                    new ProblemException(
                        DeliveryProblem.DELIVERY_KEY_NOT_FOUND, "No live key " + keyId + "."));
    owners.invalidate(HexFormat.of().formatHex(hash));
    audit.record(
        AuditEvent.of("channel.delivery-key.revoked", Actor.user(actor, null))
            .target("channel", channelId)
            .with("key", keyId));
  }

  /** Who a presented key is, or empty when it is unknown or revoked. */
  public Optional<Owner> authenticate(String key) {
    if (!key.startsWith(PREFIX) || key.length() > 100) {
      return Optional.empty();
    }
    byte[] hash = OpaqueTokens.sha256(key);
    return owners.get(HexFormat.of().formatHex(hash), h -> load(hash));
  }

  /** Runs at most once per key and node every {@link #CACHED_FOR}, so it also marks the use. */
  private Optional<Owner> load(byte[] hash) {
    Optional<Owner> owner =
        jdbc.sql(
                """
                select k.id, k.channel_id, c.slug from content_delivery_keys k
                join content_channels c on c.id = k.channel_id
                where k.key_hash = ? and k.revoked_at is null
                """)
            .param(hash)
            .query(
                (rs, n) ->
                    new Owner(
                        rs.getObject("id", UUID.class),
                        rs.getObject("channel_id", UUID.class),
                        rs.getString("slug")))
            .optional();
    owner.ifPresent(
        o ->
            jdbc.sql("update content_delivery_keys set last_used_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), o.keyId())
                .update());
    return owner;
  }

  private Channel deliveryChannel(UUID channelId) {
    return channels
        .find(channelId)
        .filter(c -> c.connector().equals(DeliveryApiConnector.TYPE))
        .orElseThrow(
            () ->
                new ProblemException(
                    DeliveryProblem.DELIVERY_CHANNEL_NOT_FOUND,
                    "No delivery-api channel " + channelId + "."));
  }
}
