package ai.trae.platform.web;

import ai.trae.platform.security.SecurityProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.ConstraintViolationException;
import java.sql.SQLException;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * The one place API errors become RFC 9457 problem details. Spring's base class maps each framework
 * exception to its status; module exceptions extend {@code ErrorResponseException} and bring their
 * own type. Everything is completed with type, instance and request id; unexpected exceptions are
 * logged here and answered with generic text only.
 */
@RestControllerAdvice
class ProblemHandler extends ResponseEntityExceptionHandler {

  private static final Logger log = LoggerFactory.getLogger(ProblemHandler.class);

  /** PostgreSQL's character_not_in_repertoire: a NUL in text. */
  private static final String UNSTORABLE_TEXT = "22021";

  @Override
  protected @Nullable ResponseEntity<Object> handleMethodArgumentNotValid(
      MethodArgumentNotValidException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        ex.getBindingResult().getAllErrors().stream()
            .map(
                error ->
                    new FieldProblem(
                        error instanceof FieldError field
                            ? field.getField()
                            : error.getObjectName(),
                        String.valueOf(error.getDefaultMessage())))
            .toList();
    return validationProblem(errors, headers, request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHandlerMethodValidationException(
      HandlerMethodValidationException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    List<FieldProblem> errors =
        ex.getParameterValidationResults().stream()
            .flatMap(
                result ->
                    result.getResolvableErrors().stream()
                        .map(
                            error ->
                                new FieldProblem(
                                    String.valueOf(result.getMethodParameter().getParameterName()),
                                    String.valueOf(error.getDefaultMessage()))))
            .toList();
    return validationProblem(errors, headers, request);
  }

  @ExceptionHandler(ConstraintViolationException.class)
  ResponseEntity<Object> handleConstraintViolation(
      ConstraintViolationException ex, WebRequest request) {
    List<FieldProblem> errors =
        ex.getConstraintViolations().stream()
            .map(v -> new FieldProblem(v.getPropertyPath().toString(), v.getMessage()))
            .toList();
    return validationProblem(errors, new HttpHeaders(), request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleHttpMessageNotReadable(
      HttpMessageNotReadableException ex,
      HttpHeaders headers,
      HttpStatusCode status,
      WebRequest request) {
    if (causedBy(ex, JsonBodyLimitFilter.TooLarge.class)
        instanceof JsonBodyLimitFilter.TooLarge big) {
      ProblemException tooLarge = JsonBodyLimitFilter.tooLarge(big.maxBytes);
      return createResponseEntity(tooLarge.getBody(), headers, tooLarge.getStatusCode(), request);
    }
    if (causedBy(ex, InvalidFormatException.class) instanceof InvalidFormatException invalid
        && invalid.getTargetType() == String.class) {
      return validationProblem(
          List.of(new FieldProblem(path(invalid), StorableStringDeserializer.MESSAGE)),
          headers,
          request);
    }
    // Jackson's message names Java types and offsets: keep it in the log, not in the answer
    log.debug("Unreadable request body", ex);
    ProblemDetail problem =
        Problems.of(
            PlatformProblem.MALFORMED_BODY,
            "The request body is missing, is not valid JSON, or has a value of the wrong type.");
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  @Override
  protected @Nullable ResponseEntity<Object> handleNoResourceFoundException(
      NoResourceFoundException ex, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
    ProblemDetail problem =
        Problems.of(PlatformProblem.NOT_FOUND, PlatformProblem.NOT_FOUND.description());
    return handleExceptionInternal(ex, problem, headers, status, request);
  }

  /** Method security refusals: 401 for anonymous callers, 403 (or enrolment needed) otherwise. */
  @ExceptionHandler(AccessDeniedException.class)
  ResponseEntity<Object> handleAccessDenied(AccessDeniedException ex, WebRequest request) {
    ProblemDetail problem =
        SecurityProblems.denied(SecurityContextHolder.getContext().getAuthentication());
    HttpHeaders headers = new HttpHeaders();
    if (problem.getStatus() == 401) {
      headers.set(HttpHeaders.WWW_AUTHENTICATE, "Bearer");
    }
    return createResponseEntity(
        problem, headers, HttpStatusCode.valueOf(problem.getStatus()), request);
  }

  /**
   * The firewall checks parameters when they are first read, i.e. inside a handler: the same 400 as
   * a refusal at the door. Its message quotes the value, so it stays out of the answer.
   */
  @ExceptionHandler(RequestRejectedException.class)
  ResponseEntity<Object> handleRejected(RequestRejectedException ex, WebRequest request) {
    log.debug("Rejected request: {}", ex.getMessage());
    return createResponseEntity(
        Problems.of(PlatformProblem.BAD_REQUEST, Problems.REJECTED),
        new HttpHeaders(),
        HttpStatusCode.valueOf(400),
        request);
  }

  /**
   * Text the database cannot store (a NUL that came in some way no check caught) is the client's
   * mistake, not a server error.
   */
  @ExceptionHandler(DataAccessException.class)
  ResponseEntity<Object> handleDataAccess(DataAccessException ex, WebRequest request) {
    if (causedBy(ex, SQLException.class) instanceof SQLException sql
        && UNSTORABLE_TEXT.equals(sql.getSQLState())) {
      log.warn("Refused text the database cannot store: {}", sql.getMessage());
      return createResponseEntity(
          Problems.of(
              PlatformProblem.BAD_REQUEST,
              "The request contains characters TRAE cannot store, such as NUL."),
          new HttpHeaders(),
          HttpStatusCode.valueOf(400),
          request);
    }
    return handleUnexpected(ex, request);
  }

  /** Anything no other handler claims: log it whole, answer with nothing about it. */
  @ExceptionHandler(Exception.class)
  ResponseEntity<Object> handleUnexpected(Exception ex, WebRequest request) {
    log.error("Unexpected error", ex);
    ProblemDetail problem =
        Problems.of(
            PlatformProblem.INTERNAL_ERROR,
            "An unexpected error occurred. Quote the request id when reporting it.");
    return createResponseEntity(problem, new HttpHeaders(), HttpStatusCode.valueOf(500), request);
  }

  private static @Nullable Throwable causedBy(Throwable ex, Class<? extends Throwable> type) {
    for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (type.isInstance(t)) {
        return t;
      }
    }
    return null;
  }

  private static String path(JacksonException ex) {
    String path =
        ex.getPath().stream()
            .map(
                ref ->
                    ref.getPropertyName() != null
                        ? ref.getPropertyName()
                        : "[" + ref.getIndex() + "]")
            .collect(Collectors.joining("."))
            .replace(".[", "[");
    return path.isEmpty() ? "body" : path;
  }

  private ResponseEntity<Object> validationProblem(
      List<FieldProblem> errors, HttpHeaders headers, WebRequest request) {
    return createResponseEntity(
        Problems.validationFailed(errors), headers, HttpStatusCode.valueOf(400), request);
  }

  @Override
  protected ResponseEntity<Object> createResponseEntity(
      @Nullable Object body,
      HttpHeaders headers,
      @Nullable HttpStatusCode statusCode,
      WebRequest request) {
    HttpStatusCode status = statusCode == null ? HttpStatusCode.valueOf(500) : statusCode;
    ProblemDetail problem =
        body instanceof ProblemDetail detail ? detail : ProblemDetail.forStatus(status);
    HttpServletRequest servletRequest =
        ((NativeWebRequest) request).getNativeRequest(HttpServletRequest.class);
    if (servletRequest != null) {
      Problems.complete(problem, servletRequest);
    }
    if (status.is5xxServerError() && problem.getStatus() == 500) {
      // never echo framework text for server errors
      problem.setDetail("An unexpected error occurred. Quote the request id when reporting it.");
    }
    return ResponseEntity.status(status)
        .headers(headers)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
