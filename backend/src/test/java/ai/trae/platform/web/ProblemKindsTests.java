package ai.trae.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;

class ProblemKindsTests {

  enum Clashing implements ProblemKind {
    NOT_FOUND_AGAIN;

    @Override
    public Definition definition() {
      return new Definition("not-found", HttpStatus.GONE, "Gone", "Gone for good.");
    }
  }

  /** A status alone never reads as a specific kind that happens to share it. */
  @Test
  void aBareStatusMapsToAGenericKindOnly() {
    assertThat(PlatformProblem.forStatus(HttpStatus.UNAUTHORIZED))
        .isEqualTo(PlatformProblem.UNAUTHORIZED);
    assertThat(PlatformProblem.forStatus(HttpStatus.FORBIDDEN))
        .isEqualTo(PlatformProblem.FORBIDDEN);
    assertThat(PlatformProblem.forStatus(HttpStatus.CONFLICT)).isEqualTo(PlatformProblem.CONFLICT);
    assertThat(PlatformProblem.forStatus(HttpStatus.BAD_GATEWAY))
        .isEqualTo(PlatformProblem.INTERNAL_ERROR);
    assertThat(PlatformProblem.forStatus(HttpStatus.SERVICE_UNAVAILABLE))
        .isEqualTo(PlatformProblem.SERVICE_UNAVAILABLE);
    assertThat(PlatformProblem.forStatus(HttpStatus.GONE)).isEqualTo(PlatformProblem.BAD_REQUEST);
    assertThat(PlatformProblem.forStatus(HttpStatusCode.valueOf(599)))
        .isEqualTo(PlatformProblem.INTERNAL_ERROR);
  }

  @Test
  void everyStatusFallbackIsAKindOfThatStatusOrTheCatchAll() {
    for (HttpStatus status : HttpStatus.values()) {
      if (status.value() >= 400) {
        PlatformProblem kind = PlatformProblem.forStatus(status);
        assertThat(
                kind.status().value() == status.value()
                    || kind == PlatformProblem.BAD_REQUEST
                    || kind == PlatformProblem.INTERNAL_ERROR)
            .as(status.toString())
            .isTrue();
        assertThat(kind)
            .isNotIn(
                PlatformProblem.MFA_ENROLMENT_REQUIRED,
                PlatformProblem.MAIL_FAILED,
                PlatformProblem.MAIL_NOT_CONFIGURED,
                PlatformProblem.MALFORMED_BODY,
                PlatformProblem.VALIDATION_FAILED);
      }
    }
  }

  @Test
  void oneSlugCannotMeanTwoKinds() {
    assertThatThrownBy(
            () ->
                new ProblemCatalog(
                    List.of(
                        ProblemKinds.of(PlatformProblem.class), ProblemKinds.of(Clashing.class))))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/problems/not-found")
        .hasMessageContaining("PlatformProblem.NOT_FOUND")
        .hasMessageContaining("Clashing.NOT_FOUND_AGAIN");
  }

  @Test
  void slugsAreLowerCaseWords() {
    assertThatThrownBy(
            () -> new ProblemKind.Definition("Not Found", HttpStatus.NOT_FOUND, "Not found", "x"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void fieldProblemsKeepTheShapeFormsRead() {
    var problem =
        Problems.validationFailed(
            List.of(new FieldProblem("name", "is taken"), new FieldProblem("role", "is unknown")));

    assertThat(problem.getStatus()).isEqualTo(400);
    assertThat(problem.getType()).hasToString("/problems/validation-failed");
    assertThat(problem.getDetail()).isEqualTo("2 fields are invalid.");
    assertThat(Problems.JSON.writeValueAsString(problem))
        .contains(
            "\"errors\":[{\"field\":\"name\",\"message\":\"is taken\"},"
                + "{\"field\":\"role\",\"message\":\"is unknown\"}]");
    assertThat(new ValidationFailedException("name", "is taken").getBody().getDetail())
        .isEqualTo("One field is invalid.");
  }
}
