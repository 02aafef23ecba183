package ai.trae.platform.ratelimit;

import ai.trae.platform.security.HttpSecurityCustomizer;
import io.github.bucket4j.TimeMeter;
import io.lettuce.core.RedisClient;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.security.web.access.ExceptionTranslationFilter;
import org.springframework.web.servlet.HandlerExceptionResolver;

@Configuration(proxyBeanMethods = false)
class RateLimitConfiguration {

  private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

  /** Redis when {@code TRAE_REDIS_URL} is set, otherwise this process. */
  @Bean
  BucketStore bucketStore(RateLimitProperties properties, ObjectProvider<RedisClient> redis) {
    LocalBucketStore local =
        new LocalBucketStore(TimeMeter.SYSTEM_NANOTIME, properties.maxLocalBuckets());
    @Nullable RedisClient client = redis.getIfAvailable();
    return client == null ? local : new RedisBucketStore(client, local);
  }

  /** The platform's own budget; every other one comes from the module that uses it. */
  @Bean
  RateLimitPolicies platformRateLimits() {
    return RateLimitPolicies.of(RateLimitPolicy.API_DEFAULT);
  }

  @Bean
  RateLimiter rateLimiter(
      RateLimitProperties properties,
      BucketStore store,
      List<RateLimitPolicies> contributions,
      ConfigurableEnvironment environment) {
    Map<String, RateLimitPolicy> policies = RateLimitPolicyBinding.bind(environment, contributions);
    if (properties.enabled()) {
      log.info("Rate limits {}: {}", store.describe(), policies.values());
    } else {
      log.warn("Rate limits are disabled (trae.rate-limit.enabled=false)");
    }
    return new RateLimiter(policies, store, properties.enabled());
  }

  @Bean
  ApiBudget apiBudget(RateLimiter rateLimiter) {
    return new ApiBudget(rateLimiter);
  }

  /**
   * After every authentication filter (so the caller is known) and before authorization (so refused
   * calls count too). A filter of the security chain, not a servlet filter bean: it must not run a
   * second time outside the chain.
   */
  @Bean
  @Order(100)
  HttpSecurityCustomizer apiRateLimit(
      ApiBudget budget,
      @Qualifier("handlerExceptionResolver") HandlerExceptionResolver exceptionResolver) {
    return http ->
        http.addFilterBefore(
            new ApiRateLimitFilter(budget, exceptionResolver), ExceptionTranslationFilter.class);
  }
}
