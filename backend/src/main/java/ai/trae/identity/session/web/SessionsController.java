package ai.trae.identity.session.web;

import ai.trae.identity.session.Sessions;
import ai.trae.platform.security.Authenticated;
import ai.trae.platform.security.CurrentUser;
import ai.trae.platform.web.Page;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@Tag(name = "Sessions", description = "Where the signed-in user is signed in")
@RestController
@RequestMapping("/api/v1/me/sessions")
@Authenticated
class SessionsController {

  private final Sessions sessions;

  SessionsController(Sessions sessions) {
    this.sessions = sessions;
  }

  record SessionResponse(
      UUID id,
      @Nullable String userAgent,
      @Nullable String ip,
      Instant createdAt,
      Instant lastUsedAt,
      boolean current) {}

  record Revoked(int revoked) {}

  @Operation(summary = "Active sessions, newest first")
  @GetMapping
  Page<SessionResponse> list(@AuthenticationPrincipal CurrentUser current) {
    return Page.all(
        sessions.active(current.userId()).stream()
            .map(
                s ->
                    new SessionResponse(
                        s.id(),
                        s.userAgent(),
                        s.ip(),
                        s.createdAt(),
                        s.lastUsedAt(),
                        s.id().equals(current.sessionId())))
            .toList());
  }

  @Operation(summary = "Sign out one session")
  @DeleteMapping("/{id}")
  @ResponseStatus(HttpStatus.NO_CONTENT)
  void revoke(@AuthenticationPrincipal CurrentUser current, @PathVariable UUID id) {
    if (!sessions.signOutOwn(current.userId(), id)) {
      throw new ProblemException(
          PlatformProblem.NOT_FOUND, "No active session of yours has this id.");
    }
  }

  @Operation(summary = "Sign out every other session")
  @PostMapping("/revoke-others")
  Revoked revokeOthers(@AuthenticationPrincipal CurrentUser current) {
    return new Revoked(sessions.signOutOthers(current.userId(), current.sessionId()));
  }
}
