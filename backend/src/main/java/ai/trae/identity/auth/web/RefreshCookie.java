package ai.trae.identity.auth.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * The refresh token lives only in this cookie: HttpOnly (no script reads it), SameSite=Strict (no
 * other site sends it), scoped to the auth endpoints, Secure whenever TRAE is on TLS.
 */
final class RefreshCookie {

  static final String NAME = "trae_refresh";
  static final String PATH = "/api/v1/auth";

  private RefreshCookie() {}

  static String set(String token, Instant expiresAt, HttpServletRequest request) {
    return base(token, request)
        .maxAge(Duration.between(Instant.now(), expiresAt).toSeconds())
        .build()
        .toString();
  }

  static String clear(HttpServletRequest request) {
    return base("", request).maxAge(0).build().toString();
  }

  static @Nullable String read(HttpServletRequest request) {
    Cookie cookie = WebUtils.getCookie(request, NAME);
    return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
  }

  private static ResponseCookie.ResponseCookieBuilder base(
      String value, HttpServletRequest request) {
    return ResponseCookie.from(NAME, value)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Strict")
        .path(PATH);
  }
}
