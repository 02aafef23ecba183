package ai.trae.content.item;

import java.text.BreakIterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.OptionalInt;

/**
 * How long a post may be on each network, in user-perceived characters. A variant's channel slug
 * takes the limit of the network it names or starts with ({@code bluesky}, {@code bluesky-studio} →
 * 300); other channels (a blog, a newsletter) take the type's body limit.
 */
public final class ChannelLimits {

  /** In display order; the API publishes it as {@code channelLimits}. */
  public static final Map<String, Integer> NETWORKS = networks();

  private ChannelLimits() {}

  private static Map<String, Integer> networks() {
    Map<String, Integer> limits = new LinkedHashMap<>();
    limits.put("bluesky", 300);
    limits.put("x", 280);
    limits.put("mastodon", 500);
    limits.put("threads", 500);
    limits.put("linkedin", 3_000);
    limits.put("instagram", 2_200);
    limits.put("facebook", 63_206);
    return java.util.Collections.unmodifiableMap(limits);
  }

  public static OptionalInt forChannel(String channel) {
    for (var network : NETWORKS.entrySet()) {
      if (channel.equals(network.getKey()) || channel.startsWith(network.getKey() + "-")) {
        return OptionalInt.of(network.getValue());
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Characters as a reader counts them: a flag, a family emoji or an accented letter is one. No
   * text has more graphemes than chars, so short text is never walked.
   */
  static boolean longerThan(String text, int limit) {
    if (text.length() <= limit) {
      return false;
    }
    BreakIterator graphemes = BreakIterator.getCharacterInstance();
    graphemes.setText(text);
    int count = 0;
    while (graphemes.next() != BreakIterator.DONE) {
      if (++count > limit) {
        return true;
      }
    }
    return false;
  }
}
