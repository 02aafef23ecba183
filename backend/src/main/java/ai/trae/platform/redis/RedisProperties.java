package ai.trae.platform.redis;

import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the shared Redis is ({@code TRAE_REDIS_URL}).
 *
 * @param url a Redis URI such as {@code redis://localhost:6379} or {@code
 *     rediss://:password@host:6380/0}; unset (or blank) means one node, no Redis
 */
@ConfigurationProperties("trae.redis")
public record RedisProperties(@Nullable String url) {

  @Override
  public String toString() {
    // the URL may carry a password
    return "RedisProperties[url=" + (url == null ? "unset" : "***") + "]";
  }
}
