package ai.trae.identity;

import ai.trae.platform.web.ProblemKind;
import org.springframework.http.HttpStatus;

/**
 * The problem kinds identity answers with, besides the platform's generic ones. Their type URIs
 * ({@code /problems/{slug}}) are part of the API: clients switch on them.
 */
public enum IdentityProblem implements ProblemKind {
  // Sign-in and sessions. Statuses are what sign-in answers; the signed-in /me endpoints answer
  // 400 with the same type, because a 401 there would read as "your session has expired".
  SESSION_EXPIRED(
      "session-expired",
      HttpStatus.UNAUTHORIZED,
      "Session expired",
      "The session has ended (signed out, expired or revoked). Sign in again."),
  INVALID_CREDENTIALS(
      "invalid-credentials",
      HttpStatus.UNAUTHORIZED,
      "Invalid credentials",
      "The e-mail address or password is wrong. When you are already signed in and confirm your"
          + " password (for example to turn off two-factor authentication), the answer is 400."),
  INVALID_MFA_CODE(
      "invalid-mfa-code",
      HttpStatus.UNAUTHORIZED,
      "Invalid two-factor code",
      "The code from your authenticator app, or the recovery code, is wrong, expired or was"
          + " already used. Wait for the next code and try again. Signing in answers 401; the"
          + " /me/mfa endpoints answer 400 because you are already signed in."),
  MFA_ALREADY_ENABLED(
      "mfa-already-enabled",
      HttpStatus.CONFLICT,
      "Two-factor authentication already enabled",
      "An authenticator app is already set up for this account. Turn two-factor authentication"
          + " off first if you want to set up another one."),
  // Setup and administration: invitations, password resets, users and roles.
  SETUP_COMPLETED(
      "setup-completed",
      HttpStatus.CONFLICT,
      "Setup already completed",
      "TRAE already has an owner. Sign in, or ask the owner for an invitation."),
  OWNER_REQUIRED(
      "owner-required",
      HttpStatus.FORBIDDEN,
      "Owner required",
      "Only an owner can make someone an owner, change, reset or remove an owner's account, or"
          + " change the OWNER and ADMIN roles."),
  INVALID_TOKEN(
      "invalid-token",
      HttpStatus.BAD_REQUEST,
      "Invalid or expired link",
      "This invitation or password-reset link is unknown, has expired or was already used. Ask"
          + " for a new one."),
  LAST_OWNER(
      "last-owner",
      HttpStatus.CONFLICT,
      "Last owner",
      "TRAE needs at least one active owner. Make someone else an owner first."),
  SELF_CHANGE(
      "self-change",
      HttpStatus.CONFLICT,
      "Not on your own account",
      "You cannot disable or delete your own account; ask another administrator."),
  EMAIL_TAKEN(
      "email-taken",
      HttpStatus.CONFLICT,
      "E-mail already in use",
      "An account or pending invitation already uses this e-mail address."),
  ROLE_IN_USE(
      "role-in-use",
      HttpStatus.CONFLICT,
      "Role in use",
      "Users still have this role, or it is built in. Give those users another role first.");

  private final Definition definition;

  IdentityProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }
}
