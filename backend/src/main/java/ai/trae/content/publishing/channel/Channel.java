package ai.trae.content.publishing.channel;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A channel as stored. Secrets and state stay ciphertext here; {@link ChannelDirectory#config}
 * opens them for a connector's call.
 *
 * @param health {@code ok}, {@code temporary_failure}, {@code credential_invalid} or {@code
 *     unknown}
 * @param version the row version (the ETag)
 */
public record Channel(
    UUID id,
    String slug,
    String name,
    String connector,
    Map<String, String> settings,
    byte @Nullable [] secrets,
    byte @Nullable [] state,
    boolean requiresApproval,
    String health,
    String healthDetail,
    @Nullable Instant healthCheckedAt,
    @Nullable Instant credentialExpiresAt,
    UUID createdBy,
    Instant createdAt,
    Instant updatedAt,
    long version) {

  public Channel {
    settings = Map.copyOf(settings);
  }

  static String secretsContext(UUID id) {
    return "channel-secrets:" + id;
  }

  static String stateContext(UUID id) {
    return "channel-state:" + id;
  }
}
