package ai.trae.content.publishing.deliveryapi;

import ai.trae.platform.web.ProblemKinds;
import io.lettuce.core.api.StatefulRedisConnection;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The delivery API's problem kinds, and its cache: Redis when configured, else in process. */
@Configuration(proxyBeanMethods = false)
class DeliveryRegistrations {

  @Bean
  ProblemKinds deliveryProblemKinds() {
    return ProblemKinds.of(DeliveryProblem.class);
  }

  @Bean
  DeliveryCache deliveryCache(ObjectProvider<StatefulRedisConnection<String, String>> redis) {
    StatefulRedisConnection<String, String> connection = redis.getIfAvailable();
    return connection == null ? new LocalDeliveryCache() : new RedisDeliveryCache(connection);
  }
}
