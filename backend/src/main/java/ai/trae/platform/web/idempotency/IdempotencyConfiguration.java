package ai.trae.platform.web.idempotency;

import ai.trae.platform.web.WebProperties;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import jakarta.servlet.DispatcherType;
import java.time.Clock;
import java.time.Duration;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerExceptionResolver;

/**
 * Registers the {@code Idempotency-Key} filter on {@code /api/*}, right after Spring Security's
 * filter chain, so that it knows the caller (keys are scoped to them) and sees only requests that
 * security let through. It is a servlet filter of its own, not part of the security chain, and is
 * only ever entered for requests the container maps to {@code /api/*}.
 */
@Configuration(proxyBeanMethods = false)
class IdempotencyConfiguration {

  /** Large enough for any JSON answer the API gives; bigger ones are not kept (and logged). */
  static final int MAX_STORED_BYTES = 256 * 1024;

  /** How long a repeat waits for the first request's answer before a 409. */
  static final Duration WAIT = Duration.ofSeconds(10);

  @Bean
  FilterRegistrationBean<IdempotencyFilter> idempotencyFilter(
      IdempotencyKeys keys,
      WebProperties web,
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver problems) {
    FilterRegistrationBean<IdempotencyFilter> registration =
        new FilterRegistrationBean<>(
            new IdempotencyFilter(
                keys,
                problems,
                web.maxJsonBodySize().toBytes(),
                MAX_STORED_BYTES,
                WAIT,
                Clock.systemUTC()));
    registration.addUrlPatterns("/api/*");
    registration.setDispatcherTypes(DispatcherType.REQUEST);
    registration.setOrder(SecurityFilterProperties.DEFAULT_FILTER_ORDER + 1);
    return registration;
  }

  /** Every POST the filter guards shows the header and the two answers only it gives. */
  @Bean
  OpenApiCustomizer idempotencyKeyHeader() {
    return openApi ->
        openApi
            .getPaths()
            .forEach(
                (path, item) -> {
                  if (item.getPost() == null
                      || !path.startsWith("/api/")
                      || path.startsWith(IdempotencyFilter.EXCLUDED_PREFIX)) {
                    return;
                  }
                  item.getPost()
                      .addParametersItem(
                          new HeaderParameter()
                              .name(IdempotencyFilter.HEADER)
                              .required(false)
                              .description(
                                  "Any unique string (1-255 visible ASCII characters): a retry"
                                      + " with the same key and body within 24 hours gets the"
                                      + " first answer again, with Idempotent-Replayed: true.")
                              .schema(new StringSchema().maxLength(255)));
                  var responses = item.getPost().getResponses();
                  if (responses != null) {
                    responses.putIfAbsent(
                        "422",
                        new ApiResponse()
                            .description(
                                "/problems/idempotency-key-reused: the key was used for another"
                                    + " request"));
                    responses.putIfAbsent(
                        "409",
                        new ApiResponse()
                            .description(
                                "/problems/idempotency-in-progress: the key's first request still"
                                    + " runs"));
                  }
                });
  }
}
