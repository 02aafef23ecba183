package ai.trae.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Set;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.HandlerExceptionResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.module.blackbird.BlackbirdModule;

/**
 * The API reads and writes JSON only. A YAML converter arrives on the classpath with the OpenAPI
 * tooling; left in place it would let clients send and ask for YAML (other parsers, other
 * surprises), so data-format converters other than JSON are removed: such requests get 415 and such
 * Accept headers 406. Strings are checked as they are read, and bodies are capped in size.
 */
@Configuration(proxyBeanMethods = false)
class JsonOnlyConfiguration implements WebMvcConfigurer {

  private static final Set<String> OTHER_FORMATS =
      Set.of("yaml", "x-yaml", "xml", "cbor", "smile", "x-jackson-smile", "x-protobuf", "protobuf");

  @Override
  public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
    builder.configureMessageConvertersList(
        converters -> converters.removeIf(JsonOnlyConfiguration::otherFormat));
  }

  static boolean otherFormat(HttpMessageConverter<?> converter) {
    return converter.getSupportedMediaTypes().stream()
        .anyMatch(
            type -> {
              String subtype = type.getSubtype();
              int plus = subtype.lastIndexOf('+');
              return OTHER_FORMATS.contains(plus < 0 ? subtype : subtype.substring(plus + 1));
            });
  }

  @Bean
  JacksonModule storableStrings() {
    return new SimpleModule("storable-strings")
        .addDeserializer(String.class, new StorableStringDeserializer());
  }

  /**
   * Property access through generated lambdas instead of reflection: writing a list page's rows is
   * a third of its CPU, and this makes it markedly cheaper. The output is unchanged.
   */
  @Bean
  JacksonModule blackbird() {
    return new BlackbirdModule();
  }

  @Bean
  FilterRegistrationBean<JsonBodyLimitFilter> jsonBodyLimitFilter(
      WebProperties properties,
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
    FilterRegistrationBean<JsonBodyLimitFilter> registration =
        new FilterRegistrationBean<>(
            new JsonBodyLimitFilter(properties.maxJsonBodySize().toBytes(), exceptionResolver));
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
    return registration;
  }

  static boolean isJson(HttpServletRequest request) {
    String type = request.getContentType();
    if (type == null) {
      return false;
    }
    String bare = type.split(";", 2)[0].strip().toLowerCase(java.util.Locale.ROOT);
    return bare.equals("application/json")
        || (bare.startsWith("application/") && bare.endsWith("+json"));
  }
}
