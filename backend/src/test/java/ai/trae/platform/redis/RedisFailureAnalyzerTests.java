package ai.trae.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.lettuce.core.RedisClient;
import java.io.IOException;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;
import org.springframework.boot.diagnostics.FailureAnalysis;

class RedisFailureAnalyzerTests {

  @Test
  void anUnreachableRedisIsOneLineWithWhatToDo() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    RedisClient client = RedisClient.create("redis://:s3cret@127.0.0.1:" + port);
    Throwable failure;
    try {
      failure = catchThrowable(client::connect);
    } finally {
      client.shutdown();
    }

    FailureAnalysis analysis =
        new RedisFailureAnalyzer().analyze(new IllegalStateException("bean creation", failure));

    assertThat(analysis.getDescription())
        .startsWith("Cannot connect to Redis (TRAE_REDIS_URL)")
        .contains(Integer.toString(port))
        .doesNotContain("s3cret");
    assertThat(analysis.getAction()).contains("TRAE_REDIS_URL");
  }
}
