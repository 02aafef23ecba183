package ai.trae.content.publishing.channel;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.content.publishing.connector.ChannelState;
import ai.trae.platform.crypto.SecretBox;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Finds channels and opens them for their connector: the one place that decrypts a channel's
 * secrets and state, and seals them again.
 */
@Service
public class ChannelDirectory {

  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final TypeReference<Map<String, String>> MAP = new TypeReference<>() {};

  private final ChannelRows rows;
  private final SecretBox box;

  ChannelDirectory(ChannelRows rows, SecretBox box) {
    this.rows = rows;
    this.box = box;
  }

  public Optional<Channel> find(UUID id) {
    return rows.find(id);
  }

  public Optional<Channel> findBySlug(String slug) {
    return rows.findBySlug(slug);
  }

  /** The channel with its secrets and state open, for one connector call. */
  public ChannelConfig config(Channel channel) {
    return new ChannelConfig(
        channel.id(),
        channel.slug(),
        channel.name(),
        channel.connector(),
        channel.settings(),
        secrets(channel),
        new StoredState(channel.id(), open(channel.state(), Channel.stateContext(channel.id()))));
  }

  /** The decrypted secrets; for the connector and for merging an edit, never for a response. */
  public Map<String, String> secrets(Channel channel) {
    return open(channel.secrets(), Channel.secretsContext(channel.id()));
  }

  /** Ciphertext of {@code secrets} for the channel with this id. */
  public byte[] sealSecrets(UUID channelId, Map<String, String> secrets) {
    return seal(secrets, Channel.secretsContext(channelId));
  }

  private Map<String, String> open(byte @Nullable [] ciphertext, String context) {
    if (ciphertext == null) {
      return Map.of();
    }
    return JSON.readValue(
        new String(box.decrypt(ciphertext, context), StandardCharsets.UTF_8), MAP);
  }

  private byte[] seal(Map<String, String> values, String context) {
    return box.encrypt(JSON.writeValueAsString(values).getBytes(StandardCharsets.UTF_8), context);
  }

  /** Writes through at once, so a renewed session survives a delivery that fails afterwards. */
  private final class StoredState implements ChannelState {

    private final UUID channelId;
    private Map<String, String> values;

    StoredState(UUID channelId, Map<String, String> values) {
      this.channelId = channelId;
      this.values = Map.copyOf(values);
    }

    @Override
    public Map<String, String> values() {
      return values;
    }

    @Override
    public void replace(Map<String, String> next) {
      rows.replaceState(channelId, seal(next, Channel.stateContext(channelId)));
      values = Map.copyOf(next);
    }
  }
}
