package ai.trae.content.publishing.connector;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A channel as its connector sees it: settings in the clear, secrets decrypted only for the call,
 * and a place to keep session state (Bluesky's tokens) encrypted between calls.
 */
public record ChannelConfig(
    UUID id,
    String slug,
    String name,
    String type,
    Map<String, String> settings,
    Map<String, String> secrets,
    ChannelState state) {

  public ChannelConfig {
    settings = Map.copyOf(settings);
    secrets = Map.copyOf(secrets);
  }

  public Optional<String> setting(String name) {
    return Optional.ofNullable(settings.get(name)).filter(v -> !v.isBlank());
  }

  /** A required setting; the channels API refuses a channel without it. */
  public String requiredSetting(String name) {
    return setting(name)
        .orElseThrow(() -> new IllegalStateException("channel " + slug + " has no " + name));
  }

  public Optional<String> secret(String name) {
    return Optional.ofNullable(secrets.get(name)).filter(v -> !v.isBlank());
  }

  public String requiredSecret(String name) {
    return secret(name)
        .orElseThrow(() -> new IllegalStateException("channel " + slug + " has no " + name));
  }

  @Override
  public String toString() {
    return "ChannelConfig[" + slug + ", " + type + ", secrets=" + secrets.keySet() + "]";
  }
}
