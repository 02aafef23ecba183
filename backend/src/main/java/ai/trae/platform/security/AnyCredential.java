package ai.trae.platform.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.security.access.prepost.PreAuthorize;

/**
 * Any valid credential: a session (even one that must first enrol MFA) or a personal access token
 * whatever its scopes. Only for "who am I" ({@code GET /me}), which a script needs to check its
 * token and which reveals nothing the credential's holder does not know.
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@PreAuthorize("isAuthenticated()")
public @interface AnyCredential {}
