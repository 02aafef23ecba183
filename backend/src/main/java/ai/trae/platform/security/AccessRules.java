package ai.trae.platform.security;

import jakarta.annotation.security.PermitAll;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import org.jspecify.annotations.Nullable;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.web.method.HandlerMethod;

/**
 * Evaluates a handler's declared rule (method first, then class) for a caller. Used before the
 * request body is read, so a caller who may not call an endpoint learns nothing from validation
 * errors; method security checks the same annotations again at invocation.
 */
final class AccessRules {

  private AccessRules() {}

  static boolean declares(HandlerMethod handler) {
    return rule(handler) != null;
  }

  static boolean isPublic(HandlerMethod handler) {
    return rule(handler) instanceof PermitAll;
  }

  static boolean allows(HandlerMethod handler, @Nullable Authentication caller) {
    Annotation rule = rule(handler);
    if (rule == null) {
      return false;
    }
    if (rule instanceof PermitAll) {
      return true;
    }
    if (caller == null
        || caller instanceof AnonymousAuthenticationToken
        || !caller.isAuthenticated()) {
      return false;
    }
    if (rule instanceof RequirePermission permission) {
      return has(caller, permission.value());
    }
    if (rule instanceof Authenticated) {
      return has(caller, Authorities.FULL_SESSION);
    }
    return !has(caller, Authorities.API_TOKEN); // AllowDuringMfaEnrolment
  }

  private static @Nullable Annotation rule(HandlerMethod handler) {
    Annotation onMethod = find(handler.getMethod());
    return onMethod != null ? onMethod : find(handler.getBeanType());
  }

  private static @Nullable Annotation find(AnnotatedElement element) {
    for (Class<? extends Annotation> type : DeclaredAccessInterceptor.DECLARATIONS) {
      Annotation found = AnnotatedElementUtils.findMergedAnnotation(element, type);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static boolean has(Authentication caller, String authority) {
    return caller.getAuthorities().stream().anyMatch(a -> authority.equals(a.getAuthority()));
  }
}
