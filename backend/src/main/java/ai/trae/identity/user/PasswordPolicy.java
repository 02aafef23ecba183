package ai.trae.identity.user;

import ai.trae.platform.web.FieldProblem;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.Problems;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import me.gosimple.nbvcxz.Nbvcxz;
import me.gosimple.nbvcxz.resources.Configuration;
import me.gosimple.nbvcxz.resources.ConfigurationBuilder;
import me.gosimple.nbvcxz.resources.Dictionary;
import me.gosimple.nbvcxz.scoring.Result;
import org.springframework.stereotype.Component;

/**
 * At least 12 characters, at most 72 bytes, and hard to guess: nbvcxz estimates the entropy against
 * its bundled dictionaries (common passwords, names, keyboard patterns) plus the user's own e-mail
 * and name.
 *
 * <p>The 72-byte cap is bcrypt's: it reads only the first 72 bytes of its input, so a longer
 * password would be silently cut (and Spring Security refuses to hash one). Refusing it when it is
 * chosen keeps what the user typed and what is checked the same; pre-hashing was not chosen because
 * it would need a second hash format next to the existing bcrypt hashes and invites "password
 * shucking" when the pre-hash is unkeyed. 72 bytes is at least 64 characters of ASCII, what NIST SP
 * 800-63B asks a verifier to accept.
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;

  /** bcrypt's input limit, in UTF-8 bytes. */
  public static final int MAX_BYTES = 72;

  /** Whether bcrypt reads all of the password; a longer one can never be a user's password. */
  public static boolean fitsHash(String password) {
    return password.getBytes(StandardCharsets.UTF_8).length <= MAX_BYTES;
  }

  public void check(String password, String... userInputs) {
    if (password.length() < MIN_LENGTH) {
      throw new WeakPasswordException("Use at least " + MIN_LENGTH + " characters.");
    }
    if (!fitsHash(password)) {
      throw new WeakPasswordException(
          "Use at most "
              + MAX_BYTES
              + " bytes: 72 plain letters, digits or spaces, fewer with accented letters, other"
              + " scripts or emoji.");
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
  public static class WeakPasswordException extends ProblemException {

    private final String reason;

    WeakPasswordException(String message) {
      super(
          Problems.withFields(
              PlatformProblem.VALIDATION_FAILED,
              "The password is too weak.",
              List.of(new FieldProblem("password", message))));
      this.reason = message;
    }

    /** What is wrong with the password, for a start-up message. */
    public String reason() {
      return reason;
    }
  }
}
