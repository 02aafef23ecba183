package ai.trae.content.newsletter;

import ai.trae.platform.ratelimit.RateLimitPolicies;
import ai.trae.platform.web.ProblemKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What the newsletter declares to the platform: its problem kinds and its signup budgets. */
@Configuration(proxyBeanMethods = false)
class NewsletterRegistrations {

  @Bean
  ProblemKinds newsletterProblemKinds() {
    return ProblemKinds.of(NewsletterProblem.class);
  }

  @Bean
  RateLimitPolicies newsletterRateLimits() {
    return NewsletterRateLimits.defaults();
  }
}
