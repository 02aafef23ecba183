package ai.trae.content.review;

import ai.trae.platform.ratelimit.RateLimitPolicies;
import ai.trae.platform.web.ProblemKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What review declares to the platform: its problem kinds and its rate-limit budgets. */
@Configuration(proxyBeanMethods = false)
class ReviewRegistrations {

  @Bean
  ProblemKinds reviewProblemKinds() {
    return ProblemKinds.of(ReviewProblem.class);
  }

  @Bean
  RateLimitPolicies reviewRateLimits() {
    return ReviewRateLimits.defaults();
  }
}
