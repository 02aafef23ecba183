package ai.trae.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * The caller needs this permission (e.g. {@code "users:manage"}); a personal access token needs it
 * among its scopes as well. Every {@code /api} handler declares one of {@code RequirePermission},
 * {@link Authenticated}, {@link AllowDuringMfaEnrolment}, {@link AnyCredential} or {@link
 * jakarta.annotation.security.PermitAll}; an undeclared handler is refused at run time.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("hasAuthority('{value}')")
public @interface RequirePermission {

  String value();
}
