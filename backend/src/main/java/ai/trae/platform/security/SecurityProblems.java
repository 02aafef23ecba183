package ai.trae.platform.security;

import ai.trae.platform.ratelimit.ApiBudget;
import ai.trae.platform.ratelimit.ConsumptionResult;
import ai.trae.platform.ratelimit.RateLimitExceededException;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/**
 * 401 and 403 as problem details, whether raised by the filter chain or by method security, so that
 * clients see one error shape.
 */
@Component
public class SecurityProblems implements AuthenticationEntryPoint, AccessDeniedHandler {

  private final ObjectProvider<ApiBudget> budget;

  SecurityProblems(ObjectProvider<ApiBudget> budget) {
    this.budget = budget;
  }

  @Override
  public void commence(
      HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
      throws IOException {
    // refused credentials stop the chain before the API budget: they count on the address here,
    // so that made-up tokens are not free
    ApiBudget api = budget.getIfAvailable();
    @Nullable ConsumptionResult charged = api == null ? null : api.charge(request);
    if (charged != null && !charged.allowed()) {
      RateLimitExceededException refused = new RateLimitExceededException(charged);
      refused
          .getHeaders()
          .forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
      write(request, response, refused.getBody());
      return;
    }
    if (charged != null) {
      charged.headers().forEach(response::setHeader);
    }
    ProblemDetail problem = unauthorized(ex);
    response.setHeader(
        "WWW-Authenticate",
        ex instanceof InvalidBearerTokenException ? "Bearer error=\"invalid_token\"" : "Bearer");
    write(request, response, problem);
  }

  @Override
  public void handle(
      HttpServletRequest request,
      HttpServletResponse response,
      org.springframework.security.access.AccessDeniedException ex)
      throws IOException {
    write(request, response, denied(SecurityContextHolder.getContext().getAuthentication()));
  }

  /** What a denial means for this caller: sign in, finish MFA enrolment, or not allowed. */
  public static ProblemDetail denied(Authentication authentication) {
    if (authentication == null
        || authentication instanceof AnonymousAuthenticationToken
        || !authentication.isAuthenticated()) {
      return Problems.of(PlatformProblem.UNAUTHORIZED, PlatformProblem.UNAUTHORIZED.description());
    }
    boolean token =
        authentication.getAuthorities().stream()
            .anyMatch(a -> Authorities.API_TOKEN.equals(a.getAuthority()));
    boolean full =
        authentication.getAuthorities().stream()
            .anyMatch(a -> Authorities.FULL_SESSION.equals(a.getAuthority()));
    boolean enrolmentPending =
        authentication.getAuthorities().stream()
            .anyMatch(a -> Authorities.MFA_ENROLMENT_PENDING.equals(a.getAuthority()));
    if (enrolmentPending || (!token && !full)) {
      return Problems.of(
          PlatformProblem.MFA_ENROLMENT_REQUIRED,
          PlatformProblem.MFA_ENROLMENT_REQUIRED.description());
    }
    return Problems.of(PlatformProblem.FORBIDDEN, PlatformProblem.FORBIDDEN.description());
  }

  private static ProblemDetail unauthorized(AuthenticationException ex) {
    return ex instanceof InvalidBearerTokenException
        ? Problems.of(
            PlatformProblem.UNAUTHORIZED, "The access token is invalid, expired or revoked.")
        : Problems.of(PlatformProblem.UNAUTHORIZED, PlatformProblem.UNAUTHORIZED.description());
  }

  private void write(
      HttpServletRequest request, HttpServletResponse response, ProblemDetail problem)
      throws IOException {
    Problems.complete(problem, request);
    response.setStatus(problem.getStatus());
    response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
    Problems.JSON.writeValue(response.getOutputStream(), problem);
  }
}
