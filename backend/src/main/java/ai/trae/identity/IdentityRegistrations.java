package ai.trae.identity;

import ai.trae.platform.ratelimit.RateLimitPolicies;
import ai.trae.platform.web.ProblemKinds;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What identity declares to the platform: its problem kinds and its rate-limit budgets. */
@Configuration(proxyBeanMethods = false)
class IdentityRegistrations {

  @Bean
  ProblemKinds identityProblemKinds() {
    return ProblemKinds.of(IdentityProblem.class);
  }

  @Bean
  RateLimitPolicies identityRateLimits() {
    return IdentityRateLimits.defaults();
  }
}
