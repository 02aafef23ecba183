package ai.trae.content.publishing.feed;

import ai.trae.platform.web.ProblemKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the feeds declare to the platform: their problem kinds. */
@Configuration(proxyBeanMethods = false)
class FeedRegistrations {

  @Bean
  ProblemKinds feedProblemKinds() {
    return ProblemKinds.of(FeedProblem.class);
  }
}
