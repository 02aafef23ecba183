package ai.trae.content.publishing.channel;

import ai.trae.content.item.Editor;
import ai.trae.content.publishing.PublishingProblem;
import ai.trae.content.publishing.connector.Connector;
import ai.trae.content.publishing.connector.Connectors;
import ai.trae.identity.AuditEvent;
import ai.trae.identity.AuditLog;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.VersionConflictException;
import ai.trae.platform.web.Versioned;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Rotates a channel's secret through its connector, answering the new one this once. */
@Service
public class ChannelRotation {

  private final ChannelAdministration channels;
  private final ChannelRows rows;
  private final ChannelDirectory directory;
  private final Connectors connectors;
  private final AuditLog audit;
  private final Clock clock;

  ChannelRotation(
      ChannelAdministration channels,
      ChannelRows rows,
      ChannelDirectory directory,
      Connectors connectors,
      AuditLog audit,
      Clock clock) {
    this.channels = channels;
    this.rows = rows;
    this.directory = directory;
    this.connectors = connectors;
    this.audit = audit;
    this.clock = clock;
  }

  /**
   * Asks the connector for new secrets, keeps them (merged over the current ones) and answers them
   * this once.
   */
  @Transactional
  public Rotated rotate(
      UUID id, java.time.Duration overlap, Editor editor, Function<Channel, ?> shown) {
    Channel current = channels.get(id);
    Connector connector = connectors.get(current.connector());
    if (!connector.spec().rotatable()) {
      throw new ProblemException(
          PublishingProblem.ROTATION_UNSUPPORTED,
          "A %s channel has no secret TRAE can rotate.".formatted(current.connector()));
    }
    Map<String, String> fresh =
        Map.copyOf(connector.rotate(directory.config(current), now().plus(overlap)));
    Map<String, String> secrets = new HashMap<>(directory.secrets(current));
    secrets.putAll(fresh);
    Channel next =
        new Channel(
            id,
            current.slug(),
            current.name(),
            current.connector(),
            current.settings(),
            directory.sealSecrets(id, secrets),
            current.state(),
            current.requiresApproval(),
            current.health(),
            current.healthDetail(),
            current.healthCheckedAt(),
            current.credentialExpiresAt(),
            current.createdBy(),
            current.createdAt(),
            now(),
            current.version() + 1);
    if (!rows.update(next, current.version())) {
      Channel stored = channels.get(id);
      throw new VersionConflictException(Versioned.of(shown.apply(stored), stored.version()));
    }
    audit.record(
        AuditEvent.of(
                "channel.secret-rotated", AuditEvent.Actor.user(editor.userId(), editor.name()))
            .target("channel", next.id())
            .with("slug", next.slug())
            .with("secrets", fresh.keySet().stream().sorted().toList())
            .with("overlapUntil", now().plus(overlap).toString()));
    // the previous secret stays valid for the overlap, but only the new ones are answered
    java.util.Set<String> declared = new java.util.HashSet<>();
    connector.spec().secrets().forEach(field -> declared.add(field.name()));
    Map<String, String> shownSecrets = new HashMap<>(fresh);
    shownSecrets.keySet().retainAll(declared);
    return new Rotated(next, shownSecrets);
  }

  public record Rotated(Channel channel, Map<String, String> secrets) {}

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}
