package ai.trae.platform.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The one place the client's address is decided, so that rate limits, sessions and the audit log
 * all see the same one through {@code request.getRemoteAddr()}. Forwarded headers count only when
 * the connecting peer is a configured trusted proxy; the chain is then read from the right,
 * skipping trusted hops, and the first untrusted hop is the client (the left part is whatever the
 * client wrote). Only IP literals are taken; anything else stops the walk at the last address that
 * was one. The headers are hidden from everything after this filter either way, so no later code
 * can believe what was not checked here.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 5)
class ForwardedHeadersFilter extends OncePerRequestFilter {

  static final Set<String> HEADERS =
      Set.of(
          "forwarded",
          "x-forwarded-for",
          "x-forwarded-proto",
          "x-forwarded-port",
          "x-forwarded-host",
          "x-forwarded-prefix",
          "x-forwarded-ssl",
          "x-real-ip");

  private static final Logger log = LoggerFactory.getLogger(ForwardedHeadersFilter.class);

  private final TrustedProxies proxies;

  ForwardedHeadersFilter(WebProperties properties) {
    this.proxies = TrustedProxies.of(properties.trustedProxies());
    if (!proxies.isEmpty()) {
      log.info("Forwarded headers are believed from {}", proxies);
    }
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    chain.doFilter(resolve(request), response);
  }

  HttpServletRequest resolve(HttpServletRequest request) {
    if (!hasForwardedHeader(request)) {
      return request;
    }
    InetAddress peer = IpAddresses.literal(request.getRemoteAddr());
    if (peer == null || !proxies.contains(peer)) {
      return new Forwarded(request, request.getRemoteAddr(), null, -1);
    }
    List<Hop> hops = hops(request);
    InetAddress client = peer;
    @Nullable String proto = null;
    for (int i = hops.size() - 1; i >= 0 && proxies.contains(client); i--) {
      InetAddress next = IpAddresses.parse(hops.get(i).forValue());
      if (next == null) {
        break;
      }
      client = next;
      proto = proto != null ? proto : hops.get(i).proto();
    }
    proto = proto != null ? proto : first(request, "X-Forwarded-Proto");
    String scheme =
        "https".equalsIgnoreCase(proto) || "http".equalsIgnoreCase(proto)
            ? proto.toLowerCase(Locale.ROOT)
            : null;
    return new Forwarded(request, client.getHostAddress(), scheme, port(request, scheme));
  }

  private static boolean hasForwardedHeader(HttpServletRequest request) {
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      if (HEADERS.contains(names.nextElement().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  /** {@code Forwarded} (RFC 7239) when present, else {@code X-Forwarded-For}, left to right. */
  private static List<Hop> hops(HttpServletRequest request) {
    List<Hop> hops = new ArrayList<>();
    List<String> forwarded = Collections.list(request.getHeaders("Forwarded"));
    if (!forwarded.isEmpty()) {
      for (String header : forwarded) {
        for (String element : header.split(",")) {
          hops.add(Hop.ofForwardedElement(element));
        }
      }
      return hops;
    }
    for (String header : Collections.list(request.getHeaders("X-Forwarded-For"))) {
      for (String value : header.split(",")) {
        hops.add(new Hop(value, null));
      }
    }
    return hops;
  }

  private static @Nullable String first(HttpServletRequest request, String name) {
    String value = request.getHeader(name);
    if (value == null) {
      return null;
    }
    String[] values = value.split(",");
    return values[values.length - 1].strip(); // the hop nearest to TRAE
  }

  private static int port(HttpServletRequest request, @Nullable String scheme) {
    if (scheme == null) {
      return -1;
    }
    String value = first(request, "X-Forwarded-Port");
    if (value != null && value.matches("\\d{1,5}")) {
      int port = Integer.parseInt(value);
      if (port > 0 && port < 65536) {
        return port;
      }
    }
    return "https".equals(scheme) ? 443 : 80;
  }

  /** One proxy's record: whom it got the request from, and over which protocol. */
  private record Hop(String forValue, @Nullable String proto) {

    static Hop ofForwardedElement(String element) {
      String forValue = "";
      @Nullable String proto = null;
      for (String pair : element.split(";")) {
        int eq = pair.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = pair.substring(0, eq).strip().toLowerCase(Locale.ROOT);
        String value = pair.substring(eq + 1).strip();
        if ("for".equals(name)) {
          forValue = value;
        } else if ("proto".equals(name)) {
          proto = value.replace("\"", "");
        }
      }
      return new Hop(forValue, proto);
    }
  }

  /** The request as the client made it: its address and scheme, and no forwarded headers. */
  private static final class Forwarded extends HttpServletRequestWrapper {

    private final String remoteAddr;
    private final @Nullable String scheme;
    private final int port;

    Forwarded(HttpServletRequest request, String remoteAddr, @Nullable String scheme, int port) {
      super(request);
      this.remoteAddr = remoteAddr;
      this.scheme = scheme;
      this.port = port;
    }

    @Override
    public String getRemoteAddr() {
      return remoteAddr;
    }

    @Override
    public String getRemoteHost() {
      return remoteAddr;
    }

    @Override
    public String getScheme() {
      return scheme != null ? scheme : super.getScheme();
    }

    @Override
    public boolean isSecure() {
      return scheme != null ? "https".equals(scheme) : super.isSecure();
    }

    @Override
    public int getServerPort() {
      return scheme != null ? port : super.getServerPort();
    }

    @Override
    public StringBuffer getRequestURL() {
      if (scheme == null) {
        return super.getRequestURL();
      }
      StringBuffer url = new StringBuffer(scheme).append("://").append(getServerName());
      if (!("https".equals(scheme) && port == 443) && !("http".equals(scheme) && port == 80)) {
        url.append(':').append(port);
      }
      return url.append(getRequestURI());
    }

    @Override
    public @Nullable String getHeader(String name) {
      return hidden(name) ? null : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return hidden(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
    }

    @Override
    public Enumeration<String> getHeaderNames() {
      List<String> names = Collections.list(super.getHeaderNames());
      names.removeIf(Forwarded::hidden);
      return Collections.enumeration(names);
    }

    private static boolean hidden(String name) {
      return HEADERS.contains(name.toLowerCase(Locale.ROOT));
    }
  }
}
