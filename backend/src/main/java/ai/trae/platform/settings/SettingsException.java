package ai.trae.platform.settings;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** Why a settings change or a test mail was refused. */
public class SettingsException extends ErrorResponseException {

  private SettingsException(ProblemType type, ProblemDetail problem) {
    super(type.status(), problem, null);
  }

  private static SettingsException of(ProblemType type, String detail) {
    return new SettingsException(type, Problems.of(type, detail));
  }

  /** 400 in the shape Bean Validation answers with, so forms show it next to the field. */
  static SettingsException invalid(String field, String message) {
    ProblemDetail problem = Problems.of(ProblemType.VALIDATION_FAILED, "One field is invalid.");
    problem.setProperty("errors", List.of(Map.of("field", field, "message", message)));
    return new SettingsException(ProblemType.VALIDATION_FAILED, problem);
  }

  static SettingsException locked(String what, String variable) {
    return of(
        ProblemType.CONFLICT,
        "%s is set by the environment (%s) and cannot be changed here; change it where TRAE is deployed."
            .formatted(what, variable));
  }

  public static SettingsException mailNotConfigured() {
    return of(ProblemType.MAIL_NOT_CONFIGURED, ProblemType.MAIL_NOT_CONFIGURED.description());
  }

  /**
   * @param reason what the SMTP server or the network said
   */
  public static SettingsException mailFailed(String reason) {
    return of(ProblemType.MAIL_FAILED, reason);
  }
}
