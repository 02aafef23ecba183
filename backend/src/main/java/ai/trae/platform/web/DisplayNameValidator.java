package ai.trae.platform.web;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/** The character rule of {@link ValidDisplayName}; blank and length are its composed rules. */
public class DisplayNameValidator implements ConstraintValidator<ValidDisplayName, String> {

  @Override
  public boolean isValid(@Nullable String value, ConstraintValidatorContext context) {
    return value == null || value.codePoints().noneMatch(DisplayNameValidator::refused);
  }

  static boolean refused(int c) {
    return switch (Character.getType(c)) {
      case Character.CONTROL,
          Character.LINE_SEPARATOR,
          Character.PARAGRAPH_SEPARATOR,
          Character.SURROGATE ->
          true;
      default ->
          (c >= 0x202A && c <= 0x202E) // embeddings and overrides
              || (c >= 0x2066 && c <= 0x2069) // isolates
              || c == 0x200E
              || c == 0x200F
              || c == 0x061C // direction marks
              || (c >= 0x200B && c <= 0x200D)
              || c == 0x2060
              || c == 0xFEFF; // zero width
    };
  }
}
