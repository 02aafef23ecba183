package ai.trae.content.newsletter.audience;

import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.util.Locale;
import java.util.Optional;

/**
 * One spelling per mailbox: trimmed and lower-cased (providers treat the local part
 * case-insensitively in practice, and a list must not hold {@code Ann@x} and {@code ann@x} twice),
 * then checked as an RFC 822 address without a display name and with a dotted domain.
 */
public final class EmailAddresses {

  public static final int MAX_LENGTH = 254;

  private EmailAddresses() {}

  /** The normalised address, or empty when it is not one. */
  public static Optional<String> normalise(String raw) {
    String address = raw.strip().toLowerCase(Locale.ROOT);
    if (address.isEmpty() || address.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int at = address.lastIndexOf('@');
    if (at < 1 || at == address.length() - 1 || address.indexOf('@') != at) {
      return Optional.empty();
    }
    String domain = address.substring(at + 1);
    if (!domain.contains(".") || domain.startsWith(".") || domain.endsWith(".")) {
      return Optional.empty();
    }
    try {
      InternetAddress parsed = new InternetAddress(address, true);
      parsed.validate();
      if (parsed.getPersonal() != null || !address.equals(parsed.getAddress())) {
        return Optional.empty();
      }
    } catch (AddressException ex) {
      return Optional.empty();
    }
    return Optional.of(address);
  }
}
