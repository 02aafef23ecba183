package ai.trae.platform.security;

/**
 * The character rules of Spring Security's {@link
 * org.springframework.security.web.firewall.StrictHttpFirewall} for header names and values and
 * parameter names, without its regular expressions: every code point must be assigned in Unicode
 * and not a control character (values may also hold a tab). The firewall checks each header every
 * time it is read, and a request reads its 600-character {@code Authorization} header several
 * times; a regex walk of it cost more than verifying the token itself once that was cached.
 * Printable ASCII, nearly every character seen, passes on one comparison. FirewallCharactersTests
 * holds these to the regexes' answers.
 */
final class FirewallCharacters {

  private FirewallCharacters() {}

  /** {@code [\p{IsAssigned}&&[^\p{IsControl}]]*}: header and parameter names. */
  static boolean assignedAndNotControl(String value) {
    return check(value, false);
  }

  /** {@code [\p{IsAssigned}&&[[^\p{IsControl}]||\t]]*}: header values. */
  static boolean assignedAndNotControlOrTab(String value) {
    return check(value, true);
  }

  private static boolean check(String value, boolean tab) {
    int length = value.length();
    for (int i = 0; i < length; ) {
      char c = value.charAt(i);
      if (c >= 0x20 && c < 0x7f) {
        i++;
        continue;
      }
      int codePoint = value.codePointAt(i);
      i += Character.charCount(codePoint);
      if (tab && codePoint == '\t') {
        continue;
      }
      int type = Character.getType(codePoint);
      if (type == Character.UNASSIGNED || type == Character.CONTROL) {
        return false;
      }
    }
    return true;
  }
}
