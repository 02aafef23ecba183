package ai.trae.identity.user;

import ai.trae.platform.web.ProblemType;
import ai.trae.platform.web.Problems;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponseException;

/**
 * At least 12 characters and hard to guess: nbvcxz estimates the entropy against its bundled
 * dictionaries (common passwords, names, keyboard patterns) plus the user's own e-mail and name.
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  private static final int MAX_LENGTH = 128;

  public void check(String password, String... userInputs) {
    if (password.length() < MIN_LENGTH) {
      throw new WeakPasswordException("Use at least " + MIN_LENGTH + " characters.");
    }
    if (password.length() > MAX_LENGTH) {
      throw new WeakPasswordException("Use at most " + MAX_LENGTH + " characters.");
    }
    Configuration configuration =
        new ConfigurationBuilder()
            .setMinimumEntropy(40d)
            .setDictionaries(dictionaries(userInputs))
            .createConfiguration();
    Result result = new Nbvcxz(configuration).estimate(password);
    if (!result.isMinimumEntropyMet()) {
      String warning = result.getFeedback().getWarning();
      throw new WeakPasswordException(
          (warning == null || warning.isBlank() ? "This password is too easy to guess." : warning)
              + " Try a longer phrase of unrelated words.");
    }
  }

  private static List<Dictionary> dictionaries(String... userInputs) {
    List<Dictionary> all = new ArrayList<>(ConfigurationBuilder.getDefaultDictionaries());
    all.add(new Dictionary("user", inputs(userInputs), true));
    return all;
  }

  private static Map<String, Integer> inputs(String... values) {
    Map<String, Integer> words = new java.util.HashMap<>();
    for (String value : values) {
      for (String part : value.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
        if (part.length() >= 3) {
          words.put(part, 0);
        }
      }
    }
    return words;
  }

  /** 400 with the reason attached to the {@code password} field. */
  public static class WeakPasswordException extends ErrorResponseException {

    WeakPasswordException(String message) {
      super(ProblemType.VALIDATION_FAILED.status(), problem(message), null);
    }

    private static ProblemDetail problem(String message) {
      ProblemDetail problem =
          Problems.of(ProblemType.VALIDATION_FAILED, "The password is too weak.");
      problem.setProperty("errors", List.of(Map.of("field", "password", "message", message)));
      return problem;
    }
  }
}
