package ai.trae.platform.ratelimit;

import io.github.bucket4j.TimeMeter;
import io.lettuce.core.RedisClient;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

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

  @Bean
  RateLimiter rateLimiter(RateLimitProperties properties, BucketStore store) {
    if (properties.enabled()) {
      log.info("Rate limits {}: {}", store.describe(), properties.asPolicies().values());
    } else {
      log.warn("Rate limits are disabled (trae.rate-limit.enabled=false)");
    }
    return new RateLimiter(properties.asPolicies(), store, properties.enabled());
  }
}
