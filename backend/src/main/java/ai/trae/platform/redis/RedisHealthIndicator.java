package ai.trae.platform.redis;

import io.lettuce.core.api.StatefulRedisConnection;
import org.springframework.boot.health.contributor.AbstractHealthIndicator;
import org.springframework.boot.health.contributor.Health;

/** Up when Redis answers PING; shown as {@code redis} and part of readiness. */
class RedisHealthIndicator extends AbstractHealthIndicator {

  private final StatefulRedisConnection<String, String> connection;

  RedisHealthIndicator(StatefulRedisConnection<String, String> connection) {
    super("Redis health check failed");
    this.connection = connection;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.up().withDetail("ping", connection.sync().ping());
  }
}
