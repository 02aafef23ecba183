package ai.trae.identity.email;

import ai.trae.identity.IdentityProblem;
import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ProblemKind;
import ai.trae.platform.web.Problems;
import java.util.List;
import org.springframework.http.ProblemDetail;

/** Why an e-mail change was refused; field errors name {@code newEmail} for the form. */
public class EmailChangeRefusal extends ProblemException {

  private EmailChangeRefusal(ProblemDetail problem) {
    super(problem);
  }

  private EmailChangeRefusal(ProblemKind kind, String detail) {
    super(kind, detail);
  }

  private static EmailChangeRefusal onField(ProblemKind kind, String detail, String message) {
    return new EmailChangeRefusal(
        Problems.withFields(kind, detail, List.of(new FieldProblem("newEmail", message))));
  }

  static EmailChangeRefusal taken() {
    return onField(
        IdentityProblem.EMAIL_TAKEN,
        IdentityProblem.EMAIL_TAKEN.description(),
        "is already in use");
  }

  static EmailChangeRefusal same() {
    return onField(
        PlatformProblem.VALIDATION_FAILED,
        "This is already your e-mail address.",
        "is already your address");
  }

  static EmailChangeRefusal mailNotConfigured() {
    return new EmailChangeRefusal(
        PlatformProblem.MAIL_NOT_CONFIGURED,
        "TRAE cannot send the confirmation mail because no SMTP server is configured. Ask an"
            + " administrator to set one up under Admin → Settings, or to change the address"
            + " for you.");
  }

  static EmailChangeRefusal mailFailed() {
    return new EmailChangeRefusal(
        PlatformProblem.MAIL_FAILED,
        "The confirmation mail could not be sent. Nothing changed; try again later, or ask an"
            + " administrator to check the mail settings.");
  }
}
