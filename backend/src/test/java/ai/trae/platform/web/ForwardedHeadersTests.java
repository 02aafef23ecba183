package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.util.unit.DataSize;

/** How the client address is decided from the peer and the forwarded headers. */
class ForwardedHeadersTests {

  private final ForwardedHeadersFilter trustingLocalProxy =
      filter("127.0.0.1", "10.0.0.0/8", "2001:db8:ffff::/48");
  private final ForwardedHeadersFilter trustingNone = filter();

  @Test
  void anUntrustedPeerIsTheClientWhateverItsHeadersSay() {
    HttpServletRequest resolved =
        trustingNone.resolve(
            request(
                "127.0.0.1", "X-Forwarded-For", "203.0.113.9", "Forwarded", "for=198.51.100.1"));

    assertThat(resolved.getRemoteAddr()).isEqualTo("127.0.0.1");
    assertThat(resolved.getHeader("X-Forwarded-For")).as("hidden from later code").isNull();
    assertThat(resolved.getHeader("Forwarded")).isNull();
  }

  @Test
  void aTrustedProxysHeaderIsReadFromTheRight() {
    assertThat(addressOf("127.0.0.1", "X-Forwarded-For", "203.0.113.9")).isEqualTo("203.0.113.9");
    // the client wrote the left part; the proxy appended what it saw
    assertThat(addressOf("127.0.0.1", "X-Forwarded-For", "198.51.100.7, 203.0.113.9"))
        .isEqualTo("203.0.113.9");
    // trusted hops are skipped
    assertThat(addressOf("127.0.0.1", "X-Forwarded-For", "203.0.113.9, 10.1.2.3"))
        .isEqualTo("203.0.113.9");
  }

  @Test
  void forwardedIsReadTooAndWinsOverXForwardedFor() {
    assertThat(
            addressOf(
                "127.0.0.1",
                "Forwarded",
                "for=198.51.100.7, for=\"[2001:db8::1]:4711\";proto=https",
                "X-Forwarded-For",
                "203.0.113.9"))
        .isEqualTo("2001:db8:0:0:0:0:0:1");
    HttpServletRequest resolved =
        trustingLocalProxy.resolve(
            request("127.0.0.1", "Forwarded", "for=203.0.113.9;proto=https"));
    assertThat(resolved.isSecure()).isTrue();
    assertThat(resolved.getScheme()).isEqualTo("https");
    assertThat(resolved.getServerPort()).isEqualTo(443);
  }

  @Test
  void onlyIpLiteralsAreTaken() {
    for (String garbage :
        List.of(
            "<script>alert(1)</script>",
            "localhost",
            "example.com",
            "unknown",
            "_hidden",
            "1.2.3",
            "999.1.1.1",
            "1.2.3.4.5",
            "fe80::1%eth0",
            "dead",
            "' or 1=1 --",
            "")) {
      assertThat(addressOf("127.0.0.1", "X-Forwarded-For", garbage))
          .as(garbage)
          .isEqualTo("127.0.0.1");
    }
    assertThat(addressOf("127.0.0.1", "X-Forwarded-For", "garbage, 203.0.113.9"))
        .isEqualTo("203.0.113.9");
    // a trusted hop with garbage to its left: the last real address wins
    assertThat(addressOf("127.0.0.1", "X-Forwarded-For", "garbage, 10.1.2.3"))
        .isEqualTo("10.1.2.3");
    assertThat(addressOf("127.0.0.1", "X-Forwarded-For", "203.0.113.9:8080"))
        .isEqualTo("203.0.113.9");
    assertThat(addressOf("127.0.0.1", "X-Forwarded-For", "::ffff:203.0.113.9"))
        .as("one spelling per address")
        .isEqualTo("203.0.113.9");
  }

  @Test
  void trustedProxiesAreAddressesOrCidrBlocks() {
    TrustedProxies proxies =
        TrustedProxies.of(List.of("10.0.0.0/8", " 192.168.1.5 ", "2001:db8::/32"));
    assertThat(proxies.contains(IpAddresses.parse("10.200.3.4"))).isTrue();
    assertThat(proxies.contains(IpAddresses.parse("11.0.0.1"))).isFalse();
    assertThat(proxies.contains(IpAddresses.parse("192.168.1.5"))).isTrue();
    assertThat(proxies.contains(IpAddresses.parse("192.168.1.6"))).isFalse();
    assertThat(proxies.contains(IpAddresses.parse("2001:db8:1::1"))).isTrue();
    assertThat(proxies.contains(IpAddresses.parse("2001:db9::1"))).isFalse();
    for (String wrong : List.of("10.0.0.0/33", "proxy.internal", "10.0.0.0/x", "::1/129")) {
      assertThatThrownBy(() -> TrustedProxies.of(List.of(wrong)))
          .hasMessageContaining("trae.web.trusted-proxies")
          .hasMessageContaining(wrong);
    }
  }

  private String addressOf(String peer, String... headers) {
    return trustingLocalProxy.resolve(request(peer, headers)).getRemoteAddr();
  }

  private static MockHttpServletRequest request(String peer, String... headers) {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/api/v1/me");
    request.setRemoteAddr(peer);
    for (int i = 0; i < headers.length; i += 2) {
      request.addHeader(headers[i], headers[i + 1]);
    }
    return request;
  }

  private static ForwardedHeadersFilter filter(String... trusted) {
    return new ForwardedHeadersFilter(new WebProperties(List.of(trusted), DataSize.ofMegabytes(1)));
  }
}
