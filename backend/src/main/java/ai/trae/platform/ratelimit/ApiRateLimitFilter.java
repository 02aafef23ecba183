package ai.trae.platform.ratelimit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Applies the {@link ApiBudget} inside the security filter chain, right after authentication and
 * before authorization: authenticated calls count on their user, anonymous ones (refused or not) on
 * their address, and every API answer tells the client where it stands. Requests whose credentials
 * are refused never get here; the security entry point counts those.
 */
final class ApiRateLimitFilter extends OncePerRequestFilter {

  private final ApiBudget budget;
  private final HandlerExceptionResolver exceptionResolver;

  ApiRateLimitFilter(ApiBudget budget, HandlerExceptionResolver exceptionResolver) {
    this.budget = budget;
    this.exceptionResolver = exceptionResolver;
  }

  @Override
  protected void doFilterInternal(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    @Nullable ConsumptionResult result = budget.charge(request);
    if (result != null && !result.allowed()) {
      // the same problem handler as controllers use, so the answer is the same 429 everywhere
      exceptionResolver.resolveException(
          request, response, null, new RateLimitExceededException(result));
      return;
    }
    if (result != null) {
      result.headers().forEach(response::setHeader);
    }
    chain.doFilter(request, response);
  }
}
