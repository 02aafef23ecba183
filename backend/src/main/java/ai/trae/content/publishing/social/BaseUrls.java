package ai.trae.content.publishing.social;

import ai.trae.content.publishing.connector.ChannelConfig;
import ai.trae.platform.web.ValidationFailedException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * A destination's base address from a channel setting: https, or http only on this machine (a local
 * test site), without a query or fragment, and without its trailing slash so paths join.
 */
public final class BaseUrls {

  private static final Set<String> LOCAL = Set.of("localhost", "127.0.0.1", "[::1]");

  private BaseUrls() {}

  /**
   * @throws ValidationFailedException naming {@code setting} when the address cannot serve
   */
  public static String check(ChannelConfig channel, String setting) {
    String value = channel.setting(setting).orElse("").strip();
    URI uri;
    try {
      uri = new URI(value);
    } catch (URISyntaxException ex) {
      throw new ValidationFailedException(setting, "Not an address: " + ex.getReason() + ".");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (host.isEmpty() || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new ValidationFailedException(
          setting, "Give the full address, like https://example.com.");
    }
    if (scheme.equals("http") && !LOCAL.contains(host)) {
      throw new ValidationFailedException(
          setting, "Use https: the credentials would cross the network in the clear.");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new ValidationFailedException(setting, "Give the address without ? or #.");
    }
    return of(value);
  }

  /** The setting's value without trailing slashes; for a channel {@link #check} accepted. */
  public static String of(String value) {
    String base = value.strip();
    while (base.endsWith("/")) {
      base = base.substring(0, base.length() - 1);
    }
    return base;
  }
}
