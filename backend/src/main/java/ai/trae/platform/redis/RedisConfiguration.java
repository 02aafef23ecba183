package ai.trae.platform.redis;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.RedisClient;
import io.lettuce.core.RedisURI;
import io.lettuce.core.api.StatefulRedisConnection;
import java.time.Duration;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroupsPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * One Lettuce client and one shared connection (Lettuce multiplexes a connection across threads),
 * only when {@code TRAE_REDIS_URL} is set. Connecting happens at start-up so a wrong URL fails the
 * start instead of the first request; later outages show up in readiness and Lettuce reconnects.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(RedisUrlCondition.class)
class RedisConfiguration {

  /** Lettuce's default is a minute; a request must not hang that long on a rate-limit check. */
  static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(RedisConfiguration.class);

  @Bean(destroyMethod = "shutdown")
  RedisClient redisClient(RedisProperties properties) {
    String url = Objects.requireNonNull(properties.url());
    RedisURI uri = RedisURI.create(url);
    if (!url.contains("timeout=")) {
      uri.setTimeout(DEFAULT_TIMEOUT);
    }
    RedisClient client = RedisClient.create(uri);
    // while disconnected, fail commands at once instead of queueing them until reconnect:
    // callers (rate limits) have a fallback and must not hold a request thread meanwhile
    client.setOptions(
        ClientOptions.builder()
            .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
            .build());
    log.info(
        "Redis at {}:{} (database {}): rate limits and deny-lists are shared between nodes",
        uri.getHost(),
        uri.getPort(),
        uri.getDatabase());
    return client;
  }

  @Bean(destroyMethod = "close")
  StatefulRedisConnection<String, String> redisConnection(RedisClient client) {
    return client.connect();
  }

  @Bean
  RedisHealthIndicator redisHealthIndicator(StatefulRedisConnection<String, String> connection) {
    return new RedisHealthIndicator(connection);
  }

  @Bean
  static HealthEndpointGroupsPostProcessor redisInReadiness() {
    return new RedisInReadiness();
  }
}
