package ai.trae.identity.email;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Why an e-mail change was refused; field errors name {@code newEmail} for the form. */
public class EmailChangeRefusal extends ErrorResponseException {

  private EmailChangeRefusal(ProblemType type, ProblemDetail problem) {
    super(type.status(), problem, null);
  }

  private static EmailChangeRefusal of(ProblemType type, String detail, String fieldMessage) {
    ProblemDetail problem = Problems.of(type, detail);
    problem.setProperty("errors", List.of(Map.of("field", "newEmail", "message", fieldMessage)));
    return new EmailChangeRefusal(type, problem);
  }

  static EmailChangeRefusal taken() {
    return of(ProblemType.EMAIL_TAKEN, ProblemType.EMAIL_TAKEN.description(), "is already in use");
  }

  static EmailChangeRefusal same() {
    return of(
        ProblemType.VALIDATION_FAILED,
        "This is already your e-mail address.",
        "is already your address");
  }

  static EmailChangeRefusal mailNotConfigured() {
    ProblemDetail problem =
        Problems.of(
            ProblemType.MAIL_NOT_CONFIGURED,
            "TRAE cannot send the confirmation mail because no SMTP server is configured. Ask an"
                + " administrator to set one up under Admin → Settings, or to change the address"
                + " for you.");
    return new EmailChangeRefusal(ProblemType.MAIL_NOT_CONFIGURED, problem);
  }

  static EmailChangeRefusal mailFailed() {
    ProblemDetail problem =
        Problems.of(
            ProblemType.MAIL_FAILED,
            "The confirmation mail could not be sent. Nothing changed; try again later, or ask an"
                + " administrator to check the mail settings.");
    return new EmailChangeRefusal(ProblemType.MAIL_FAILED, problem);
  }
}
