package ai.trae.platform.web;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/** The platform registers its own kinds like any module; the catalog collects them all. */
@Configuration(proxyBeanMethods = false)
class ProblemsConfiguration {

  @Bean
  @Order(Ordered.HIGHEST_PRECEDENCE)
  ProblemKinds platformProblemKinds() {
    return ProblemKinds.of(PlatformProblem.class);
  }

  @Bean
  ProblemCatalog problemCatalog(List<ProblemKinds> contributions) {
    return new ProblemCatalog(contributions);
  }
}
