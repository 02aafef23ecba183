package ai.trae.platform.web;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A name people see (display names): read from JSON in Unicode NFC with surrounding white space
 * removed, so one name has one spelling; 1–100 characters; and none of the characters that would
 * let it pass for someone else's or disturb the text around it: controls, line separators,
 * text-direction overrides, isolates and marks, and zero-width characters. Put it on the field of a
 * request record.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = DisplayNameValidator.class)
@NotBlank
@Size(max = 100)
@JacksonAnnotationsInside
@JsonDeserialize(using = DisplayNameDeserializer.class)
public @interface ValidDisplayName {

  String message() default
      "must not contain control, invisible or text-direction characters (such as U+202E or"
          + " U+200B)";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
