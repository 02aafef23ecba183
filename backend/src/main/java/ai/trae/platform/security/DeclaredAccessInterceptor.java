package ai.trae.platform.security;

import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.lang.annotation.Annotation;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Deny by default: an API handler that declares no access rule is refused, so a forgotten
 * annotation fails closed. {@code AuthorizationMatrixTests} catches it at build time too.
 */
public class DeclaredAccessInterceptor implements HandlerInterceptor {

  public static final List<Class<? extends Annotation>> DECLARATIONS =
      List.of(
          RequirePermission.class,
          Authenticated.class,
          AllowDuringMfaEnrolment.class,
          AnyCredential.class,
          PermitAll.class);

  private static final Logger log = LoggerFactory.getLogger(DeclaredAccessInterceptor.class);

  @Override
  public boolean preHandle(
      HttpServletRequest request, HttpServletResponse response, Object handler) {
    if (!(handler instanceof HandlerMethod method)
        || !request.getRequestURI().startsWith("/api/v1/")) {
      return true;
    }
    if (!AccessRules.declares(method)) {
      log.error("{} declares no access rule; refusing", method.getShortLogMessage());
      throw new AccessDeniedException("No access rule declared");
    }
    if (!AccessRules.allows(method, SecurityContextHolder.getContext().getAuthentication())) {
      throw new AccessDeniedException("Not allowed");
    }
    return true;
  }

  public static boolean declaresAccess(HandlerMethod method) {
    return AccessRules.declares(method);
  }

  /** Whether anyone may call it without credentials ({@code @PermitAll} wins on the method). */
  public static boolean isPublic(HandlerMethod method) {
    return AccessRules.isPublic(method);
  }
}
