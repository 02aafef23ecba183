package ai.trae.content.publishing;

import ai.trae.platform.web.ProblemKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What publishing declares to the platform: its problem kinds. */
@Configuration(proxyBeanMethods = false)
class PublishingRegistrations {

  @Bean
  ProblemKinds publishingProblemKinds() {
    return ProblemKinds.of(PublishingProblem.class);
  }
}
