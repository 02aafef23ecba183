package ai.trae.platform.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;
import org.springframework.web.cors.CorsUtils;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * The general budget on {@code /api/**}: per access token when the request carries one, else per
 * client address. It runs after the request id and before security so that unauthenticated and
 * rejected requests count too, and every API answer tells the client where it stands.
 *
 * <p>Tokens are not verified here (that is security's job, later in the chain), so a client
 * inventing tokens gets a budget per invented token; the bucket store's bound keeps that from
 * growing memory, and identity's own per-address budgets guard sign-in.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class ApiRateLimitFilter extends OncePerRequestFilter {

  private static final String BEARER = "Bearer ";

  private final RateLimiter rateLimiter;
  private final HandlerExceptionResolver exceptionResolver;

  ApiRateLimitFilter(
      RateLimiter rateLimiter,
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
    this.rateLimiter = rateLimiter;
    this.exceptionResolver = exceptionResolver;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    // a CORS preflight is the browser asking, not the client calling
    return !rateLimiter.enabled()
        || !request.getRequestURI().startsWith(request.getContextPath() + "/api/")
        || CorsUtils.isPreFlightRequest(request);
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ConsumptionResult result = rateLimiter.tryConsume(RateLimitPolicy.API, clientKey(request));
    if (!result.allowed()) {
      // the same problem handler as controllers use, so the answer is the same 429 everywhere
      exceptionResolver.resolveException(
          request, response, null, new RateLimitExceededException(result));
      return;
    }
    result.headers().forEach(response::setHeader);
    chain.doFilter(request, response);
  }

  /** The hash of the bearer token (never the token itself), else the client address. */
  static String clientKey(HttpServletRequest request) {
    @Nullable String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
    if (authorization != null
        && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())
        && authorization.length() > BEARER.length()) {
      return "token:" + Keys.sha256(authorization.substring(BEARER.length()).strip());
    }
    return "ip:" + request.getRemoteAddr();
  }
}
