package ai.trae.identity.auth.web;

import ai.trae.identity.auth.LoginService;
import ai.trae.identity.user.User;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * Signs in someone who just proved who they are another way (created the owner at setup, accepted
 * an invitation with a new password), so they do not have to type the password again. The session,
 * the audit entry, the MFA-enrolment state and the answer (body and refresh cookie) are exactly
 * those of a password login.
 */
@Component
public class SignedIn {

  private final LoginService login;

  SignedIn(LoginService login) {
    this.login = login;
  }

  /**
   * @param method how the user proved who they are, for the audit entry (e.g. {@code setup})
   * @return 201 with the login answer and the refresh cookie
   */
  public ResponseEntity<?> created(User user, HttpServletRequest request, String method) {
    LoginService.Tokens tokens =
        login.complete(user, request.getHeader("User-Agent"), request.getRemoteAddr(), method);
    ResponseEntity<?> answer = AuthController.issued(tokens, request);
    return ResponseEntity.status(HttpStatus.CREATED)
        .headers(answer.getHeaders())
        .body(answer.getBody());
  }
}
