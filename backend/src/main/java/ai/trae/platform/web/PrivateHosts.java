package ai.trae.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Locale;

/**
 * Whether a host is on this machine or a private network: where plain http may be allowed for a
 * destination TRAE calls (a webhook receiver, a local AI provider), because nothing it sends there
 * crosses the internet.
 */
public final class PrivateHosts {

  private PrivateHosts() {}

  /** Loopback, site-local, link-local or IPv6 unique-local: every address the name resolves to. */
  public static boolean isPrivate(String host) {
    String name = host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
    if (name.equalsIgnoreCase("localhost")
        || name.toLowerCase(Locale.ROOT).endsWith(".localhost")) {
      return true;
    }
    try {
      InetAddress[] addresses = InetAddress.getAllByName(name);
      for (InetAddress address : addresses) {
        boolean uniqueLocal =
            address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc;
        if (!(address.isLoopbackAddress()
            || address.isSiteLocalAddress()
            || address.isLinkLocalAddress()
            || uniqueLocal)) {
          return false;
        }
      }
      return addresses.length > 0;
    } catch (UnknownHostException ex) {
      return false;
    }
  }
}
