package ai.trae.platform.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Errors that never reach a controller (rejected by the container or a filter) are forwarded to
 * {@code /error}; answer those with problem details too, never Boot's default page or a trace.
 */
@RestController
class ProblemErrorController implements ErrorController {

  @RequestMapping("${server.error.path:/error}")
  ResponseEntity<ProblemDetail> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    HttpStatus status =
        code instanceof Integer value && HttpStatus.resolve(value) != null
            ? HttpStatus.valueOf(value)
            : HttpStatus.INTERNAL_SERVER_ERROR;
    PlatformProblem type = PlatformProblem.forStatus(status);
    ProblemDetail problem = ProblemDetail.forStatus(status);
    problem.setType(type.uri());
    problem.setTitle(type.title());
    problem.setDetail(type.description());
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
    if (uri instanceof String path) {
      try {
        problem.setInstance(java.net.URI.create(path));
      } catch (IllegalArgumentException ignored) {
        // leave instance out rather than echo a malformed path
      }
    }
    Problems.complete(problem, request);
    return ResponseEntity.status(status)
        .contentType(MediaType.APPLICATION_PROBLEM_JSON)
        .body(problem);
  }
}
