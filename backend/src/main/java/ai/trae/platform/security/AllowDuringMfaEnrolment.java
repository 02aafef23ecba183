package ai.trae.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Signed in, possibly with a session that must first enrol MFA: only for the few endpoints that
 * enrolment needs ({@code /me}, {@code /me/mfa/**}, logout).
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("isAuthenticated() and !hasAuthority('" + Authorities.API_TOKEN + "')")
public @interface AllowDuringMfaEnrolment {}
