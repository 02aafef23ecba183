package ai.trae.platform.redis;

import io.lettuce.core.RedisConnectionException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * A configured Redis that cannot be reached stops start-up with one line instead of a Netty stack
 * trace. Lettuce's message names host and port only, never the password in the URL.
 */
class RedisFailureAnalyzer extends AbstractFailureAnalyzer<RedisConnectionException> {

  @Override
  protected FailureAnalysis analyze(Throwable rootFailure, RedisConnectionException cause) {
    return new FailureAnalysis(
        "Cannot connect to Redis (TRAE_REDIS_URL): " + cause.getMessage(),
        "Start Redis or correct TRAE_REDIS_URL; unset it to run a single node without Redis.",
        cause);
  }
}
