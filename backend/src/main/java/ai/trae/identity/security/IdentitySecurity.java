package ai.trae.identity.security;

import ai.trae.identity.IdentityProperties;
import ai.trae.identity.auth.AccessTokens;
import ai.trae.identity.auth.SigningKeys;
import ai.trae.identity.token.PersonalAccessTokens;
import ai.trae.platform.security.HttpSecurityCustomizer;
import ai.trae.platform.security.SecurityProblems;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.BearerTokenAuthenticationToken;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Identity's part of the filter chain: bearer access tokens for the API, and who may see the
 * operational endpoints. Per-endpoint rules are on the handlers.
 */
@Configuration(proxyBeanMethods = false)
class IdentitySecurity {

  private static final String PROMETHEUS = "/actuator/prometheus";
  private static final String DELIVERY_KEY_PREFIX = "trae_dk_";

  @Bean
  @Primary
  JwtDecoder accessTokenDecoder(SigningKeys keys, IdentityProperties properties, Clock clock) {
    return new VerifiedTokens(
        AccessTokenDecoder.forAudience(keys, properties, properties.audience(), clock), clock);
  }

  /** Reads only the five-minute token between the password and the MFA step of a login. */
  @Bean
  JwtDecoder mfaStepDecoder(SigningKeys keys, IdentityProperties properties, Clock clock) {
    return AccessTokenDecoder.forAudience(
        keys, properties, properties.audience() + AccessTokens.MFA_AUDIENCE_SUFFIX, clock);
  }

  @Bean
  @Order(0)
  HttpSecurityCustomizer identityHttpSecurity(
      @Qualifier("accessTokenDecoder") JwtDecoder decoder,
      SessionPrincipals principals,
      PersonalAccessTokens tokens,
      SecurityProblems problems,
      IdentityProperties properties) {
    return http -> configure(http, managers(decoder, principals, tokens), problems, properties);
  }

  /**
   * {@code trae_pat_…} bearer tokens are personal access tokens; anything else must be a JWT. One
   * manager tells them apart by the token the filter already resolved, so the header is read once.
   */
  private static AuthenticationManager managers(
      JwtDecoder decoder, SessionPrincipals principals, PersonalAccessTokens tokens) {
    JwtAuthenticationProvider jwt = new JwtAuthenticationProvider(decoder);
    jwt.setJwtAuthenticationConverter(principals);
    AuthenticationManager jwtManager = new ProviderManager(jwt);
    return authentication -> {
      String token = ((BearerTokenAuthenticationToken) authentication).getToken();
      if (!token.startsWith(PersonalAccessTokens.PREFIX)) {
        return jwtManager.authenticate(authentication);
      }
      return tokens
          .authenticate(token)
          .orElseThrow(() -> new InvalidBearerTokenException("Unknown, expired or revoked token"));
    };
  }

  private static void configure(
      HttpSecurity http,
      AuthenticationManager manager,
      SecurityProblems problems,
      IdentityProperties properties)
      throws Exception {
    http.oauth2ResourceServer(
            server ->
                server
                    .bearerTokenResolver(
                        request -> isScrape(request, properties) ? null : notDeliveryKey(request))
                    .authenticationManagerResolver(request -> manager)
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

  /**
   * Content's delivery keys ({@code trae_dk_…}) are bearer tokens too, checked by the delivery API
   * itself: they are no identity credential, so the resolver leaves them alone.
   */
  private static @Nullable String notDeliveryKey(HttpServletRequest request) {
    String token = BearerHeader.token(request);
    return token != null && token.startsWith(DELIVERY_KEY_PREFIX) ? null : token;
  }

  private static boolean isScrape(HttpServletRequest request, IdentityProperties properties) {
    @Nullable String expected = properties.scrapeToken();
    if (expected == null || expected.isBlank() || !PROMETHEUS.equals(request.getRequestURI())) {
      return false;
    }
    String header = request.getHeader("Authorization");
    return header != null
        && MessageDigest.isEqual(
            header.getBytes(StandardCharsets.UTF_8),
            ("Bearer " + expected).getBytes(StandardCharsets.UTF_8));
  }
}
