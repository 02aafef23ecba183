package ai.trae.identity.security;

import ai.trae.identity.IdentityProperties;
import ai.trae.identity.auth.SigningKeys;
import ai.trae.platform.security.HttpSecurityCustomizer;
import ai.trae.platform.security.SecurityProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.web.DefaultBearerTokenResolver;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Identity's part of the filter chain: bearer access tokens for the API, and who may see the
 * operational endpoints. Per-endpoint rules are on the handlers.
 */
@Configuration(proxyBeanMethods = false)
class IdentitySecurity {

  private static final String PROMETHEUS = "/actuator/prometheus";

  @Bean
  JwtDecoder accessTokenDecoder(SigningKeys keys, IdentityProperties properties, Clock clock) {
    return AccessTokenDecoder.forAudience(keys, properties, properties.audience(), clock);
  }

  @Bean
  @Order(0)
  HttpSecurityCustomizer identityHttpSecurity(
      JwtDecoder decoder,
      SessionPrincipals principals,
      SecurityProblems problems,
      IdentityProperties properties) {
    return http -> configure(http, decoder, principals, problems, properties);
  }

  private static void configure(
      HttpSecurity http,
      JwtDecoder decoder,
      SessionPrincipals principals,
      SecurityProblems problems,
      IdentityProperties properties)
      throws Exception {
    DefaultBearerTokenResolver bearer = new DefaultBearerTokenResolver();
    http.oauth2ResourceServer(
            server ->
                server
                    .bearerTokenResolver(
                        request -> isScrape(request, properties) ? null : bearer.resolve(request))
                    .jwt(jwt -> jwt.decoder(decoder).jwtAuthenticationConverter(principals))
                    .authenticationEntryPoint(problems)
                    .accessDeniedHandler(problems))
        .exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
        .authorizeHttpRequests(
            authorize ->
                authorize
                    .requestMatchers(HttpMethod.GET, PROMETHEUS)
                    .access(scrapeTokenOrAdmin(properties))
                    .requestMatchers("/actuator/**")
                    .hasAuthority("system:read"));
  }

  /** Prometheus may present the configured scrape token instead of a user's token. */
  private static AuthorizationManager<RequestAuthorizationContext> scrapeTokenOrAdmin(
      IdentityProperties properties) {
    return (authentication, context) -> {
      if (isScrape(context.getRequest(), properties)) {
        return new AuthorizationDecision(true);
      }
      var auth = authentication.get();
      return new AuthorizationDecision(
          auth != null
              && auth.getAuthorities().stream()
                  .anyMatch(a -> "system:read".equals(a.getAuthority())));
    };
  }

  private static boolean isScrape(HttpServletRequest request, IdentityProperties properties) {
    @Nullable String expected = properties.scrapeToken();
    String header = request.getHeader("Authorization");
    return expected != null
        && !expected.isBlank()
        && PROMETHEUS.equals(request.getRequestURI())
        && header != null
        && MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8),
            ("Bearer " + expected).getBytes(StandardCharsets.UTF_8));
  }
}
