package ai.trae.platform.settings;

import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ProblemKind;
import ai.trae.platform.web.Problems;
import java.util.List;
import org.springframework.http.ProblemDetail;

/** Why a settings change or a test mail was refused. */
public class SettingsException extends ProblemException {

  private SettingsException(ProblemKind kind, String detail) {
    super(kind, detail);
  }

  private SettingsException(ProblemDetail problem) {
    super(problem);
  }

  /** 400 in the shape Bean Validation answers with, so forms show it next to the field. */
  static SettingsException invalid(String field, String message) {
    return new SettingsException(
        Problems.validationFailed(List.of(new FieldProblem(field, message))));
  }

  static SettingsException locked(String what, String variable) {
    return new SettingsException(
        PlatformProblem.CONFLICT,
        "%s is set by the environment (%s) and cannot be changed here; change it where TRAE is deployed."
            .formatted(what, variable));
  }

  public static SettingsException mailNotConfigured() {
    return new SettingsException(
        PlatformProblem.MAIL_NOT_CONFIGURED, PlatformProblem.MAIL_NOT_CONFIGURED.description());
  }

  /**
   * @param reason what the SMTP server or the network said
   */
  public static SettingsException mailFailed(String reason) {
    return new SettingsException(PlatformProblem.MAIL_FAILED, reason);
  }
}
