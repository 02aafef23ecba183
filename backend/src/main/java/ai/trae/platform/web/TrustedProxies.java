package ai.trae.platform.web;

import java.math.BigInteger;
import java.net.InetAddress;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The proxies whose forwarded headers TRAE believes: addresses and CIDR blocks ({@code 10.0.0.0/8},
 * {@code 2001:db8::/32}, {@code 127.0.0.1}). Empty means none: every peer is the client itself.
 */
final class TrustedProxies {

  private final List<Block> blocks;

  private TrustedProxies(List<Block> blocks) {
    this.blocks = blocks;
  }

  /**
   * @throws IllegalArgumentException naming the first entry that is not an address or CIDR block
   */
  static TrustedProxies of(List<String> entries) {
    return new TrustedProxies(
        entries.stream().map(String::strip).filter(e -> !e.isEmpty()).map(Block::parse).toList());
  }

  boolean isEmpty() {
    return blocks.isEmpty();
  }

  boolean contains(@Nullable InetAddress address) {
    return address != null && blocks.stream().anyMatch(block -> block.contains(address));
  }

  @Override
  public String toString() {
    return blocks.toString();
  }

  private record Block(BigInteger network, int prefix, int bits, String text) {

    static Block parse(String entry) {
      int slash = entry.indexOf('/');
      String host = slash < 0 ? entry : entry.substring(0, slash);
      InetAddress address = IpAddresses.literal(host);
      if (address == null) {
        throw invalid(entry);
      }
      int bits = address.getAddress().length * 8;
      int prefix;
      try {
        prefix = slash < 0 ? bits : Integer.parseInt(entry.substring(slash + 1));
      } catch (NumberFormatException e) {
        throw invalid(entry);
      }
      if (prefix < 0 || prefix > bits) {
        throw invalid(entry);
      }
      return new Block(
          mask(new BigInteger(1, address.getAddress()), prefix, bits), prefix, bits, entry);
    }

    boolean contains(InetAddress address) {
      byte[] bytes = address.getAddress();
      return bytes.length * 8 == bits
          && mask(new BigInteger(1, bytes), prefix, bits).equals(network);
    }

    private static BigInteger mask(BigInteger value, int prefix, int bits) {
      return value.shiftRight(bits - prefix);
    }

    private static IllegalArgumentException invalid(String entry) {
      return new IllegalArgumentException(
          "trae.web.trusted-proxies (TRAE_TRUSTED_PROXIES): '"
              + entry
              + "' is not an IP address or CIDR block such as 10.0.0.0/8");
    }

    @Override
    public String toString() {
      return text;
    }
  }
}
