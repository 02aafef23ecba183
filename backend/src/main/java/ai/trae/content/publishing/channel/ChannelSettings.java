package ai.trae.content.publishing.channel;

import ai.trae.content.publishing.connector.ConnectorSpec;
import ai.trae.content.publishing.connector.ConnectorSpec.Field;
import ai.trae.content.publishing.connector.ConnectorSpec.Kind;
import ai.trae.platform.web.FieldProblem;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Checks a channel's settings and secrets against its connector's declared fields: names it does
 * not declare, required ones missing, values not of their kind. The connector's own {@code
 * validate} runs after, on a channel that passed these.
 */
final class ChannelSettings {

  static final int MAX_VALUE = 4_000;
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

  private ChannelSettings() {}

  /** Values as stored: trimmed, blanks dropped (a blank optional setting is no setting). */
  static Map<String, String> cleaned(Map<String, @Nullable String> values) {
    Map<String, String> kept = new HashMap<>();
    values.forEach(
        (name, value) -> {
          if (value != null && !value.isBlank()) {
            kept.put(name, value.strip());
          }
        });
    return kept;
  }

  static List<FieldProblem> problems(
      ConnectorSpec spec, Map<String, String> settings, Map<String, String> secrets) {
    List<FieldProblem> errors = new ArrayList<>();
    check(errors, "settings", spec.settings(), settings);
    check(errors, "secrets", spec.secrets(), secrets);
    return errors;
  }

  private static void check(
      List<FieldProblem> errors, String prefix, List<Field> fields, Map<String, String> values) {
    Set<String> declared = fields.stream().map(Field::name).collect(Collectors.toSet());
    values.keySet().stream()
        .filter(name -> !declared.contains(name))
        .sorted()
        .forEach(
            name ->
                errors.add(
                    new FieldProblem(prefix + "." + name, "Not a field of this connector.")));
    for (Field field : fields) {
      String value = values.get(field.name());
      String path = prefix + "." + field.name();
      if (value == null) {
        if (field.required()) {
          errors.add(new FieldProblem(path, field.label() + " is required."));
        }
        continue;
      }
      String fault = fault(field.kind(), value);
      if (fault != null) {
        errors.add(new FieldProblem(path, fault));
      }
    }
  }

  private static @Nullable String fault(Kind kind, String value) {
    if (value.length() > MAX_VALUE) {
      return "At most " + MAX_VALUE + " characters.";
    }
    return switch (kind) {
      case URL -> isHttpUrl(value) ? null : "An absolute http or https URL.";
      case EMAIL -> EMAIL.matcher(value).matches() ? null : "An e-mail address.";
      case NUMBER -> NUMBER.matcher(value).matches() ? null : "A number.";
      case BOOLEAN -> value.equals("true") || value.equals("false") ? null : "true or false.";
      case TEXT, SECRET ->
          value.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r')
              ? "No control characters."
              : null;
    };
  }

  private static boolean isHttpUrl(String value) {
    try {
      URI uri = new URI(value);
      return uri.isAbsolute()
          && ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          && uri.getHost() != null;
    } catch (URISyntaxException ex) {
      return false;
    }
  }
}
