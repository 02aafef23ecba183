package ai.trae.platform.web;

import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springdoc.core.utils.SpringDocUtils;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Lets a handler take {@link IfMatch} as a parameter (required: 428 without the header) and return
 * {@link Versioned}; the OpenAPI document shows the header and the unwrapped body.
 */
@Configuration(proxyBeanMethods = false)
class ConditionalRequestsConfiguration implements WebMvcConfigurer {

  static {
    SpringDocUtils.getConfig()
        .addRequestWrapperToIgnore(IfMatch.class)
        .addResponseWrapperToIgnore(Versioned.class);
  }

  @Override
  public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
    resolvers.add(new IfMatchResolver());
  }

  @Bean
  OperationCustomizer ifMatchHeader() {
    return (operation, handler) -> {
      if (Arrays.stream(handler.getMethodParameters())
          .anyMatch(p -> p.getParameterType() == IfMatch.class)) {
        operation.addParametersItem(
            new HeaderParameter()
                .name(IfMatch.HEADER)
                .required(true)
                .description(
                    "The ETag of the version this update changes; 428 without it, 412"
                        + " /problems/version-conflict (with current) when it is stale.")
                .schema(new StringSchema()));
      }
      return operation;
    };
  }

  static final class IfMatchResolver implements HandlerMethodArgumentResolver {

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
      return parameter.getParameterType() == IfMatch.class;
    }

    @Override
    public IfMatch resolveArgument(
        MethodParameter parameter,
        @Nullable ModelAndViewContainer mavContainer,
        NativeWebRequest webRequest,
        @Nullable WebDataBinderFactory binderFactory) {
      String header = webRequest.getHeader(IfMatch.HEADER);
      if (header == null || header.isBlank()) {
        throw new PreconditionRequiredException();
      }
      return IfMatch.parse(header);
    }
  }
}
