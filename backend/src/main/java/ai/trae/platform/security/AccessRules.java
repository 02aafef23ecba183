package ai.trae.platform.security;

import jakarta.annotation.security.PermitAll;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
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

  /** Annotation lookups are reflective: done once per handler, not on every request. */
  private static final Map<Key, Optional<Annotation>> RULES = new ConcurrentHashMap<>();

  private record Key(Class<?> type, Method method) {}

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
    if (rule instanceof AnyCredential) {
      return true;
    }
    if (rule instanceof Authenticated) {
      return has(caller, Authorities.FULL_SESSION);
    }
    return !has(caller, Authorities.API_TOKEN); // AllowDuringMfaEnrolment
  }

  private static @Nullable Annotation rule(HandlerMethod handler) {
    return RULES
        .computeIfAbsent(
            new Key(handler.getBeanType(), handler.getMethod()),
            key -> {
              Annotation onMethod = find(key.method());
              return Optional.ofNullable(onMethod != null ? onMethod : find(key.type()));
            })
        .orElse(null);
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
