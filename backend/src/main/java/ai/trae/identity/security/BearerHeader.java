package ai.trae.identity.security;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.server.resource.BearerTokenErrors;

/**
 * Reads the bearer token from the {@code Authorization} header by the rules of Spring Security's
 * {@code DefaultBearerTokenResolver} (RFC 6750's {@code b64token}; a {@code Bearer} header that is
 * not one is refused as malformed; tokens are never read from the query string), with a character
 * loop instead of its regular expression, which cost about 4% of a cached read's CPU.
 */
final class BearerHeader {

  private static final String SCHEME = "bearer";

  private BearerHeader() {}

  /**
   * @return the token, or null when the request carries no bearer credentials
   * @throws OAuth2AuthenticationException {@code invalid_token} when the header is malformed
   */
  static @Nullable String token(HttpServletRequest request) {
    String header = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (header == null || !header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
      return null;
    }
    if (header.length() <= SCHEME.length()
        || header.charAt(SCHEME.length()) != ' '
        || !isToken(header, SCHEME.length() + 1)) {
      throw new OAuth2AuthenticationException(
          BearerTokenErrors.invalidToken("Bearer token is malformed"));
    }
    return header.substring(SCHEME.length() + 1);
  }

  /** {@code 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="} from {@code from}. */
  static boolean isToken(String value, int from) {
    int end = value.length();
    if (end <= from) {
      return false;
    }
    while (end > from && value.charAt(end - 1) == '=') {
      end--;
    }
    if (end == from) {
      return false;
    }
    for (int i = from; i < end; i++) {
      char c = value.charAt(i);
      boolean ok =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~'
              || c == '+'
              || c == '/';
      if (!ok) {
        return false;
      }
    }
    return true;
  }
}
