package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.RequestDispatcher;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** Errors raised outside Spring MVC (container, filters) still answer with problem details. */
class ProblemErrorControllerTests {

  private final ProblemErrorController controller = new ProblemErrorController();

  @Test
  void containerErrorBecomesAProblemWithTheOriginalPath() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setAttribute(RequestDispatcher.ERROR_STATUS_CODE, 413);
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/upload");
    request.setAttribute(RequestIds.ATTRIBUTE, "req-12345678");

    ResponseEntity<ProblemDetail> response = controller.error(request);

    assertThat(response.getStatusCode().value()).isEqualTo(413);
    assertThat(response.getHeaders().getContentType())
        .isEqualTo(MediaType.APPLICATION_PROBLEM_JSON);
    ProblemDetail problem = response.getBody();
    assertThat(problem).isNotNull();
    assertThat(problem.getType()).hasToString("/problems/payload-too-large");
    assertThat(problem.getInstance()).hasToString("/api/v1/upload");
    assertThat(problem.getProperties()).containsEntry("requestId", "req-12345678");
  }

  @Test
  void unknownStatusIsAGeneric500() {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/error");
    request.setAttribute(RequestDispatcher.ERROR_REQUEST_URI, "/bad path");

    ResponseEntity<ProblemDetail> response = controller.error(request);

    assertThat(response.getStatusCode().value()).isEqualTo(500);
    assertThat(response.getBody()).isNotNull();
    assertThat(response.getBody().getType()).hasToString("/problems/internal-error");
  }
}
