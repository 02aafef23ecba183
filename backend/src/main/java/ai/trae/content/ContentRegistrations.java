package ai.trae.content;

import ai.trae.platform.web.ProblemKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What content declares to the platform: its problem kinds. */
@Configuration(proxyBeanMethods = false)
class ContentRegistrations {

  @Bean
  ProblemKinds contentProblemKinds() {
    return ProblemKinds.of(ContentProblem.class);
  }
}
