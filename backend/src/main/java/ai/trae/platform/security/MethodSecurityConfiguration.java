package ai.trae.platform.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.core.annotation.AnnotationTemplateExpressionDefaults;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Access rules live on the handlers ({@link RequirePermission} and friends); handlers without one
 * are refused by {@link DeclaredAccessInterceptor}.
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity(jsr250Enabled = true)
class MethodSecurityConfiguration implements WebMvcConfigurer {

  /** Lets {@code @RequirePermission("x")} expand its {@code {value}} placeholder. */
  @Bean
  static AnnotationTemplateExpressionDefaults templateExpressionDefaults() {
    return new AnnotationTemplateExpressionDefaults();
  }

  @Override
  public void addInterceptors(InterceptorRegistry registry) {
    registry.addInterceptor(new DeclaredAccessInterceptor()).addPathPatterns("/api/v1/**");
  }
}
