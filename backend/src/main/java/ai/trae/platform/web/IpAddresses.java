package ai.trae.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads IP address literals, never host names: what arrives in a forwarded header is text a client
 * may have written, and resolving it would both trust it and make a DNS lookup per request.
 */
public final class IpAddresses {

  private static final Pattern IPV4 =
      Pattern.compile(
          "((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]{2,45}");
  private static final Pattern PORT = Pattern.compile(":\\d{1,5}");

  private IpAddresses() {}

  /**
   * The address in {@code text}, or null when it is not an IPv4 or IPv6 literal. Accepts what
   * proxies write: {@code 203.0.113.9}, {@code 203.0.113.9:4711}, {@code 2001:db8::1}, {@code
   * [2001:db8::1]:4711} and the quoted form of {@code Forwarded}.
   */
  public static @Nullable InetAddress parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String value = text.strip();
    if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
      value = value.substring(1, value.length() - 1);
    }
    if (value.startsWith("[")) {
      int end = value.indexOf(']');
      if (end < 0
          || !(end == value.length() - 1 || PORT.matcher(value.substring(end + 1)).matches())) {
        return null;
      }
      value = value.substring(1, end);
      return value.contains(":") ? literal(value) : null;
    }
    int colon = value.indexOf(':');
    if (colon > 0 && colon == value.lastIndexOf(':')) {
      if (!PORT.matcher(value.substring(colon)).matches()) {
        return null;
      }
      value = value.substring(0, colon); // IPv4 with a port
    }
    return literal(value);
  }

  /** The canonical text of an address literal, or null: one spelling per address. */
  public static @Nullable String canonical(@Nullable String text) {
    InetAddress address = parse(text);
    return address == null ? null : address.getHostAddress();
  }

  /** A bare literal, without port, brackets or quotes. */
  static @Nullable InetAddress literal(String value) {
    // the patterns keep InetAddress on its literal paths: with a colon it parses IPv6 or throws,
    // a dotted quad is IPv4; neither ever reaches DNS
    boolean v6 = value.contains(":") && IPV6.matcher(value).matches();
    if (!v6 && !IPV4.matcher(value).matches()) {
      return null;
    }
    try {
      return InetAddress.getByName(value);
    } catch (UnknownHostException e) {
      return null;
    }
  }
}
