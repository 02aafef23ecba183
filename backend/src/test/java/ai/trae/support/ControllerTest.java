package ai.trae.support;

import ai.trae.platform.web.WebProperties;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Import;
import org.springframework.core.annotation.AliasFor;

/**
 * A {@code @WebMvcTest} slice of TRAE: the named controllers with the platform's web layer (problem
 * handler, request-id and forwarded-headers filters, JSON-only rules) and Boot's default security,
 * nothing else. Mock the controller's services with {@code @MockitoBean} and send a signed-in
 * caller with {@code SecurityMockMvcRequestPostProcessors.authentication(...)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@WebMvcTest(
    // turns access tokens into callers by reading the database, which a slice does not have
    excludeFilters =
        @ComponentScan.Filter(
            type = FilterType.REGEX,
            pattern = "ai\\.trae\\.identity\\.security\\..*"))
@Import(ControllerTest.WebLayer.class)
public @interface ControllerTest {

  /** The controllers under test. */
  @AliasFor(annotation = WebMvcTest.class, attribute = "controllers")
  Class<?>[] value() default {};

  /** What the platform's filters read; {@code @ConfigurationPropertiesScan} skips it in slices. */
  @TestConfiguration(proxyBeanMethods = false)
  @EnableConfigurationProperties(WebProperties.class)
  class WebLayer {}
}
