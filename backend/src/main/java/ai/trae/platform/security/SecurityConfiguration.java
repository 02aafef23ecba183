package ai.trae.platform.security;

import java.util.List;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.CacheControlHeadersWriter;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.header.writers.StaticHeadersWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * The one security filter chain. It owns the response headers every page and API answer carries and
 * keeps CORS closed unless origins are configured. Authentication arrives with the identity module
 * through {@link HttpSecurityCustomizer}.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

  /** No inline or remote scripts; Mantine injects style elements, so styles may be inline. */
  static final String CONTENT_SECURITY_POLICY =
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
          + "img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
          + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

  static final String PERMISSIONS_POLICY =
      "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

  @Bean
  SecurityFilterChain securityFilterChain(
      HttpSecurity http, ObjectProvider<HttpSecurityCustomizer> customizers) throws Exception {
    http.csrf(
            AbstractHttpConfigurer::disable) // no cookie-authenticated state-changing endpoint yet
        .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
        .httpBasic(AbstractHttpConfigurer::disable)
        .formLogin(AbstractHttpConfigurer::disable)
        .logout(AbstractHttpConfigurer::disable)
        .requestCache(AbstractHttpConfigurer::disable)
        .cors(cors -> {})
        .headers(
            headers ->
                headers
                    .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                    .referrerPolicy(r -> r.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                    .frameOptions(frame -> frame.deny())
                    // API answers are never cached; the UI's files set their own caching
                    .cacheControl(cache -> cache.disable())
                    .addHeaderWriter(
                        new DelegatingRequestMatcherHeaderWriter(
                            new OrRequestMatcher(
                                PathPatternRequestMatcher.pathPattern("/api/**"),
                                PathPatternRequestMatcher.pathPattern("/actuator/**"),
                                PathPatternRequestMatcher.pathPattern("/error")),
                            new CacheControlHeadersWriter()))
                    .httpStrictTransportSecurity(
                        hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                    .addHeaderWriter(
                        new StaticHeadersWriter("Permissions-Policy", PERMISSIONS_POLICY))
                    .addHeaderWriter(
                        new StaticHeadersWriter("Cross-Origin-Opener-Policy", "same-origin"))
                    // before the handler runs: HEAD and other bodiless answers carry them too
                    .addObjectPostProcessor(
                        new ObjectPostProcessor<HeaderWriterFilter>() {
                          @Override
                          public <O extends HeaderWriterFilter> O postProcess(O filter) {
                            filter.setShouldWriteHeadersEagerly(true);
                            return filter;
                          }
                        }));
    http.authorizeHttpRequests(
        authorize ->
            authorize
                .requestMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**")
                .permitAll()
                .requestMatchers("/error")
                .permitAll());
    for (HttpSecurityCustomizer customizer : customizers.orderedStream().toList()) {
      customizer.customize(http);
    }
    // Until identity lands, what no module claimed is public (the rest of /actuator included);
    // identity's customizer will claim /actuator/** for admins and /api/** for signed-in users.
    http.authorizeHttpRequests(authorize -> authorize.anyRequest().permitAll());
    return http.build();
  }

  /**
   * Spring Security would time every one of its filters, authentications and authorizations as
   * observations (a timer and counters per filter per request): a third of a cached API read's CPU.
   * Requests are still timed as a whole ({@code http.server.requests}).
   */
  @Bean
  SecurityObservationSettings securityObservationSettings() {
    return SecurityObservationSettings.noObservations();
  }

  @Bean
  CorsConfigurationSource corsConfigurationSource(WebSecurityProperties properties) {
    UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
    if (!properties.corsAllowedOrigins().isEmpty()) {
      CorsConfiguration config = new CorsConfiguration();
      config.setAllowedOrigins(properties.corsAllowedOrigins());
      config.setAllowedMethods(List.of("GET", "POST", "PUT", "PATCH", "DELETE"));
      config.setAllowedHeaders(
          List.of("Authorization", "Content-Type", "If-Match", "Idempotency-Key", "X-Request-Id"));
      config.setExposedHeaders(
          List.of(
              "ETag",
              "Location",
              "Retry-After",
              "RateLimit-Limit",
              "RateLimit-Remaining",
              "RateLimit-Reset",
              "X-Request-Id"));
      config.setAllowCredentials(true);
      config.setMaxAge(3600L);
      source.registerCorsConfiguration("/api/**", config);
    }
    return source;
  }
}
