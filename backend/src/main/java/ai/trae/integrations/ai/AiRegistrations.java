package ai.trae.integrations.ai;

import ai.trae.platform.web.ProblemKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the AI features declare to the platform: their problem kinds. */
@Configuration(proxyBeanMethods = false)
class AiRegistrations {

  @Bean
  ProblemKinds aiProblemKinds() {
    return ProblemKinds.of(AiProblem.class);
  }
}
