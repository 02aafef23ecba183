package ai.trae.platform.web;

import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

/**
 * The platform's own problem kinds: the generic ones any module may answer with (bad request, not
 * found, conflict, …) and those the platform itself raises (two-factor enrolment from the security
 * chain, mail from the SMTP settings). Modules declare their specific kinds in their own enum.
 */
public enum PlatformProblem implements ProblemKind {
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
  MFA_ENROLMENT_REQUIRED(
      "mfa-enrolment-required",
      HttpStatus.FORBIDDEN,
      "Two-factor enrolment required",
      "Your role requires two-factor authentication. Set it up under Settings before anything"
          + " else."),
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

  private final Definition definition;

  PlatformProblem(String slug, HttpStatus status, String title, String description) {
    this.definition = new Definition(slug, status, title, description);
  }

  @Override
  public Definition definition() {
    return definition;
  }

  /**
   * The generic kind for a status when the error itself names none (a framework exception, the
   * container's error page). Only generic kinds qualify: a bare 403 is "forbidden", never
   * "two-factor enrolment required", and a bare 502 is no "mail could not be sent".
   */
  public static PlatformProblem forStatus(HttpStatusCode status) {
    return switch (status.value()) {
      case 400 -> BAD_REQUEST;
      case 401 -> UNAUTHORIZED;
      case 403 -> FORBIDDEN;
      case 404 -> NOT_FOUND;
      case 405 -> METHOD_NOT_ALLOWED;
      case 406 -> NOT_ACCEPTABLE;
      case 409 -> CONFLICT;
      case 412 -> VERSION_CONFLICT;
      case 413 -> PAYLOAD_TOO_LARGE;
      case 415 -> UNSUPPORTED_MEDIA_TYPE;
      case 428 -> PRECONDITION_REQUIRED;
      case 429 -> TOO_MANY_REQUESTS;
      case 503 -> SERVICE_UNAVAILABLE;
      default -> status.is5xxServerError() ? INTERNAL_ERROR : BAD_REQUEST;
    };
  }
}
