package ai.trae.platform.web;

import java.net.URI;
import java.util.Arrays;
import java.util.Optional;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The stable kinds of error every module answers with. Each {@link #uri()} is a page TRAE serves
 * ({@code /problems/{slug}}) explaining what happened and what to do; clients switch on it.
 */
public enum ProblemType {
  BAD_REQUEST(
      "bad-request",
      HttpStatus.BAD_REQUEST,
      "Bad request",
      "The request could not be understood. Check the URL, parameters and headers."),
  MALFORMED_BODY(
      "malformed-body",
      HttpStatus.BAD_REQUEST,
      "Malformed request body",
      "The request body is not valid JSON or does not have the expected shape."),
  VALIDATION_FAILED(
      "validation-failed",
      HttpStatus.BAD_REQUEST,
      "Validation failed",
      "One or more fields are invalid. The errors list names each field and what is wrong."),
  SESSION_EXPIRED(
      "session-expired",
      HttpStatus.UNAUTHORIZED,
      "Session expired",
      "The session has ended (signed out, expired or revoked). Sign in again."),
  MFA_ENROLMENT_REQUIRED(
      "mfa-enrolment-required",
      HttpStatus.FORBIDDEN,
      "Two-factor enrolment required",
      "Your role requires two-factor authentication. Set it up under Settings before anything"
          + " else."),
  SETUP_COMPLETED(
      "setup-completed",
      HttpStatus.CONFLICT,
      "Setup already completed",
      "TRAE already has an owner. Sign in, or ask the owner for an invitation."),
  UNAUTHORIZED(
      "unauthorized",
      HttpStatus.UNAUTHORIZED,
      "Authentication required",
      "Sign in, or send a valid access token, and try again."),
  FORBIDDEN(
      "forbidden",
      HttpStatus.FORBIDDEN,
      "Forbidden",
      "You are signed in but not allowed to do this. Ask an administrator for access."),
  OWNER_REQUIRED(
      "owner-required",
      HttpStatus.FORBIDDEN,
      "Owner required",
      "Only an owner can make someone an owner, change, reset or remove an owner's account, or"
          + " change the OWNER and ADMIN roles."),
  NOT_FOUND(
      "not-found",
      HttpStatus.NOT_FOUND,
      "Not found",
      "Nothing exists at this address. Check the URL against the API documentation."),
  METHOD_NOT_ALLOWED(
      "method-not-allowed",
      HttpStatus.METHOD_NOT_ALLOWED,
      "Method not allowed",
      "This address exists but does not accept this HTTP method; the Allow header lists those"
          + " it does."),
  NOT_ACCEPTABLE(
      "not-acceptable",
      HttpStatus.NOT_ACCEPTABLE,
      "Not acceptable",
      "TRAE cannot answer in any of the media types in the Accept header; ask for"
          + " application/json."),
  CONFLICT(
      "conflict",
      HttpStatus.CONFLICT,
      "Conflict",
      "The request conflicts with the current state of the resource."),
  // Identity / MFA. Statuses are what sign-in answers; the signed-in /me endpoints answer 400
  // with the same type, because a 401 there would read as "your session has expired".
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
  // Identity / administration: invitations, password resets, users and roles.
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
      "Users still have this role, or it is built in. Give those users another role first."),
  // Mail: instance settings, test mails and mails a request depends on (e-mail change).
  MAIL_NOT_CONFIGURED(
      "mail-not-configured",
      HttpStatus.CONFLICT,
      "Mail is not configured",
      "TRAE has no SMTP server to send this mail with. An administrator sets one under Admin →"
          + " Settings, or with the TRAE_SMTP_* environment variables."),
  MAIL_FAILED(
      "mail-failed",
      HttpStatus.BAD_GATEWAY,
      "Mail could not be sent",
      "The SMTP server refused the mail or could not be reached; the detail says what it"
          + " answered. Check the mail settings, or try again later."),
  PAYLOAD_TOO_LARGE(
      "payload-too-large",
      HttpStatus.CONTENT_TOO_LARGE,
      "Request too large",
      "The request body is larger than TRAE accepts. Send less, or upload large files through"
          + " the media endpoints."),
  UNSUPPORTED_MEDIA_TYPE(
      "unsupported-media-type",
      HttpStatus.UNSUPPORTED_MEDIA_TYPE,
      "Unsupported media type",
      "The Content-Type of the request is not accepted here; send application/json."),
  // Conditional requests (If-Match / ETag) and Idempotency-Key.
  VERSION_CONFLICT(
      "version-conflict",
      HttpStatus.PRECONDITION_FAILED,
      "Changed by someone else",
      "Someone else changed this since you read it, so your change was not saved. With If-Match"
          + " naming an older version the answer is 412 and its current member holds what is"
          + " stored now (the ETag header its version); a version sent in the body answers 409"
          + " with currentVersion. Reload, check their change and make yours again."),
  PRECONDITION_REQUIRED(
      "precondition-required",
      HttpStatus.PRECONDITION_REQUIRED,
      "If-Match required",
      "This update must say which version it changes: send the ETag of your last read in an"
          + " If-Match header."),
  IDEMPOTENCY_KEY_REUSED(
      "idempotency-key-reused",
      HttpStatus.UNPROCESSABLE_CONTENT,
      "Idempotency key reused",
      "This Idempotency-Key was already used for a different request (another method, path or"
          + " body). Use a new key for a new request."),
  IDEMPOTENCY_IN_PROGRESS(
      "idempotency-in-progress",
      HttpStatus.CONFLICT,
      "Request still in progress",
      "A request with this Idempotency-Key is still running. Retry in a moment; you will then get"
          + " its response."),
  TOO_MANY_REQUESTS(
      "too-many-requests",
      HttpStatus.TOO_MANY_REQUESTS,
      "Too many requests",
      "Slow down: wait the number of seconds in the Retry-After header before trying again."),
  INTERNAL_ERROR(
      "internal-error",
      HttpStatus.INTERNAL_SERVER_ERROR,
      "Internal error",
      "Something went wrong on our side. It has been logged; quote the request id when"
          + " reporting it."),
  SERVICE_UNAVAILABLE(
      "service-unavailable",
      HttpStatus.SERVICE_UNAVAILABLE,
      "Service unavailable",
      "TRAE cannot serve this right now, usually because a dependency is down. Try again"
          + " shortly.");

  private final String slug;
  private final HttpStatus status;
  private final String title;
  private final String description;

  ProblemType(String slug, HttpStatus status, String title, String description) {
    this.slug = slug;
    this.status = status;
    this.title = title;
    this.description = description;
  }

  public URI uri() {
    return URI.create("/problems/" + slug);
  }

  public String slug() {
    return slug;
  }

  public HttpStatus status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  public static Optional<ProblemType> fromSlug(String slug) {
    return Arrays.stream(values()).filter(type -> type.slug.equals(slug)).findFirst();
  }

  /** The generic kind for a status when the error itself names none. */
  public static ProblemType forStatus(HttpStatusCode status) {
    return Arrays.stream(values())
        .filter(type -> type.status.value() == status.value())
        .findFirst()
        .orElse(status.is5xxServerError() ? INTERNAL_ERROR : BAD_REQUEST);
  }
}
