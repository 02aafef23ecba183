package ai.trae.identity.auth.web;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseCookie;
import org.springframework.web.util.WebUtils;

/**
 * Names this browser as one that signed in before, so that its sign-ins keep working while
 * strangers' failures lock the account (see {@code LoginDevices}). Like the refresh cookie:
 * HttpOnly, SameSite=Strict, scoped to the auth endpoints, Secure on TLS; it outlives sign-out.
 */
final class DeviceCookie {

  static final String NAME = "trae_device";

  private DeviceCookie() {}

  static String set(String token, Instant expiresAt, HttpServletRequest request) {
    return ResponseCookie.from(NAME, token)
        .httpOnly(true)
        .secure(request.isSecure())
        .sameSite("Strict")
        .path(RefreshCookie.PATH)
        .maxAge(Duration.between(Instant.now(), expiresAt).toSeconds())
        .build()
        .toString();
  }

  static @Nullable String read(HttpServletRequest request) {
    Cookie cookie = WebUtils.getCookie(request, NAME);
    return cookie == null || cookie.getValue().isBlank() ? null : cookie.getValue();
  }
}
