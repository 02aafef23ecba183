package ai.trae.platform.ratelimit;

import ai.trae.platform.security.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.cors.CorsUtils;

/**
 * The general budget on {@code /api/**}, taken once per request: from the signed-in user's budget
 * once authentication has run, else from the client address's. Credentials are never a key by
 * themselves, so inventing or re-encoding a bearer string earns no budget: it either authenticates
 * as someone, or it is refused and counts on the address it came from.
 */
public final class ApiBudget {

  private static final String CHARGED = ApiBudget.class.getName() + ".charged";

  private final RateLimiter rateLimiter;

  ApiBudget(RateLimiter rateLimiter) {
    this.rateLimiter = rateLimiter;
  }

  /**
   * Takes this request from its budget, unless it is no API call or was already counted.
   *
   * @return the outcome, or null when nothing was taken
   */
  public @Nullable ConsumptionResult charge(HttpServletRequest request) {
    if (!applies(request) || request.getAttribute(CHARGED) != null) {
      return null;
    }
    request.setAttribute(CHARGED, Boolean.TRUE);
    return rateLimiter.tryConsume(RateLimitPolicy.API, clientKey(request));
  }

  boolean applies(HttpServletRequest request) {
    // a CORS preflight is the browser asking, not the client calling
    return rateLimiter.enabled()
        && request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        && !CorsUtils.isPreFlightRequest(request);
  }

  /** The authenticated user, else the client address (as the forwarded-headers filter set it). */
  static String clientKey(HttpServletRequest request) {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null
        && authentication.isAuthenticated()
        && authentication.getPrincipal() instanceof CurrentUser user) {
      return "user:" + user.userId();
    }
    return "ip:" + request.getRemoteAddr();
  }
}
