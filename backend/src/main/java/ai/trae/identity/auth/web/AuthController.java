package ai.trae.identity.auth.web;

import ai.trae.identity.IdentityProblem;
import ai.trae.identity.IdentityRateLimits;
import ai.trae.identity.auth.AccessTokens;
import ai.trae.identity.auth.LoginService;
import ai.trae.identity.session.Sessions;
import ai.trae.identity.session.Sessions.RefreshRejected;
import ai.trae.identity.user.Users;
import ai.trae.platform.ratelimit.RateLimiter;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.Problems;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Authentication", description = "Sign in, refresh and sign out")
@RestController
@RequestMapping("/api/v1/auth")
class AuthController {

  private final LoginService login;
  private final Sessions sessions;
  private final AccessTokens tokens;
  private final Users users;
  private final RateLimiter limits;

  AuthController(
      LoginService login, Sessions sessions, AccessTokens tokens, Users users, RateLimiter limits) {
    this.login = login;
    this.sessions = sessions;
    this.tokens = tokens;
    this.users = users;
    this.limits = limits;
  }

  record MfaRequest(
      @NotBlank @Size(max = 4096) String mfaToken, @NotBlank @Size(max = 32) String code) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "MfaRequest[redacted]";
    }
  }

  record LoginRequest(
      @NotBlank @Email @Size(max = 320) String email,
      // longer than any password can be, so a too-long one is a wrong password, not a bad request
      @NotBlank @Size(max = 1024) String password) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "LoginRequest[redacted]";
    }
  }

  /**
   * @param mfaRequired true when a second step is needed; then only {@code mfaToken} is set
   */
  record LoginResponse(
      @Nullable String accessToken,
      @Nullable String tokenType,
      @Nullable Long expiresIn,
      @Nullable Boolean mfaEnrolmentRequired,
      @Nullable Boolean mfaRequired,
      @Nullable String mfaToken) {

    /** Holds a secret: keep it out of logs (Spring MVC logs bodies at DEBUG). */
    @Override
    public String toString() {
      return "LoginResponse[redacted]";
    }

    static LoginResponse tokens(String accessToken, long expiresIn, boolean enrolmentRequired) {
      return new LoginResponse(accessToken, "Bearer", expiresIn, enrolmentRequired, null, null);
    }

    static LoginResponse mfa(String mfaToken) {
      return new LoginResponse(null, null, null, null, true, mfaToken);
    }
  }

  @Operation(
      summary = "Sign in with e-mail and password",
      description =
          "401 /problems/invalid-credentials for every failure; 429 past a budget (login-ip and"
              + " login-account, or login-device for a browser with a device cookie). A completed"
              + " sign-in sets the trae_refresh and trae_device cookies.")
  @PermitAll
  @PostMapping("/login")
  ResponseEntity<LoginResponse> login(
      @Valid @RequestBody LoginRequest body, HttpServletRequest request) {
    String account = body.email().trim().toLowerCase(Locale.ROOT);
    LoginService.Outcome outcome =
        login.login(
            body.email(),
            body.password(),
            DeviceCookie.read(request),
            new LoginService.Throttle() {
              @Override
              public void knownDevice(UUID deviceId) {
                limits.check(IdentityRateLimits.LOGIN_DEVICE, deviceId.toString());
              }

              @Override
              public void unknownClient() {
                limits.check(IdentityRateLimits.LOGIN_IP, request.getRemoteAddr());
                limits.check(IdentityRateLimits.LOGIN_ACCOUNT, account);
              }
            },
            request.getHeader("User-Agent"),
            request.getRemoteAddr());
    if (outcome.tokens() == null) {
      return ResponseEntity.ok(LoginResponse.mfa(String.valueOf(outcome.mfaToken())));
    }
    return issued(outcome.tokens(), request);
  }

  @Operation(
      summary = "Second step: a TOTP code or a recovery code",
      description =
          "The mfaToken works once and for at most five wrong codes: 401 /problems/invalid-mfa-code."
              + " 429 past mfa-ip or mfa-account, or while the account's second step is paused"
              + " after repeated wrong codes.")
  @PermitAll
  @PostMapping("/mfa")
  ResponseEntity<LoginResponse> mfa(
      @Valid @RequestBody MfaRequest body, HttpServletRequest request) {
    limits.check(IdentityRateLimits.MFA_IP, request.getRemoteAddr());
    LoginService.Tokens issued =
        login.completeWithMfa(
            body.mfaToken(),
            body.code(),
            DeviceCookie.read(request),
            userId -> limits.check(IdentityRateLimits.MFA_ACCOUNT, userId.toString()),
            request.getHeader("User-Agent"),
            request.getRemoteAddr());
    return issued(issued, request);
  }

  static ResponseEntity<LoginResponse> issued(LoginService.Tokens t, HttpServletRequest request) {
    return ResponseEntity.ok()
        .header(
            HttpHeaders.SET_COOKIE,
            RefreshCookie.set(t.refreshToken(), t.sessionExpiresAt(), request),
            DeviceCookie.set(t.deviceToken(), t.deviceExpiresAt(), request))
        .body(LoginResponse.tokens(t.accessToken(), t.expiresIn(), t.mfaEnrolmentRequired()));
  }

  @Operation(summary = "Exchange the refresh cookie for a new access token (rotates the cookie)")
  @PermitAll
  @PostMapping("/refresh")
  ResponseEntity<?> refresh(HttpServletRequest request) {
    String token = RefreshCookie.read(request);
    try {
      if (token == null) {
        throw new RefreshRejected();
      }
      Sessions.Refreshed refreshed = sessions.refresh(token);
      var user = users.byId(refreshed.userId()).orElseThrow(RefreshRejected::new);
      var response = ResponseEntity.ok();
      if (refreshed.refreshToken() != null) {
        response.header(
            HttpHeaders.SET_COOKIE,
            RefreshCookie.set(refreshed.refreshToken(), refreshed.expiresAt(), request));
      }
      return response.body(
          LoginResponse.tokens(
              tokens.accessToken(refreshed.userId(), refreshed.sessionId()),
              tokens.expiresIn(),
              login.enrolmentRequired(user)));
    } catch (RefreshRejected ex) {
      ProblemDetail problem =
          Problems.complete(
              Problems.of(
                  IdentityProblem.SESSION_EXPIRED, IdentityProblem.SESSION_EXPIRED.description()),
              request);
      return ResponseEntity.status(problem.getStatus())
          .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear(request))
          .contentType(org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON)
          .body(problem);
    }
  }

  @Operation(summary = "Sign out: ends the session of the cookie or the access token")
  @PermitAll
  @PostMapping("/logout")
  ResponseEntity<Void> logout(HttpServletRequest request) {
    CurrentUser current = CurrentUser.current();
    String cookie = RefreshCookie.read(request);
    UUID sessionId =
        current != null && current.sessionId() != null
            ? current.sessionId()
            : cookie == null ? null : sessions.sessionOf(cookie).orElse(null);
    if (sessionId != null) {
      sessions.signOut(sessionId, current == null ? null : current.userId());
    }
    return ResponseEntity.noContent()
        .header(HttpHeaders.SET_COOKIE, RefreshCookie.clear(request))
        .build();
  }
}
