package ai.trae.content.publishing.connector;

import java.util.Map;

/**
 * Session state a connector keeps for its channel between calls (an access and a refresh token),
 * stored encrypted. {@link #replace} writes at once, in its own transaction, so a renewed session
 * is kept even when the delivery that renewed it fails afterwards.
 */
public interface ChannelState {

  Map<String, String> values();

  void replace(Map<String, String> values);

  /** For a connector's own tests: state in memory. */
  static ChannelState inMemory(Map<String, String> initial) {
    return new ChannelState() {
      private Map<String, String> values = Map.copyOf(initial);

      @Override
      public Map<String, String> values() {
        return values;
      }

      @Override
      public void replace(Map<String, String> next) {
        values = Map.copyOf(next);
      }
    };
  }
}
