package ai.trae.platform.redis;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.EmbeddedRedis;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import io.lettuce.core.api.StatefulRedisConnection;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** TRAE with {@code TRAE_REDIS_URL} set, against a real Redis that the last test stops. */
@IntegrationTest
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RedisIntegrationTests {

  static final EmbeddedRedis redis = EmbeddedRedis.start();

  @Autowired Http http;
  @Autowired StatefulRedisConnection<String, String> connection;
  @Autowired HealthEndpointGroups healthGroups;

  @DynamicPropertySource
  static void redisUrl(DynamicPropertyRegistry registry) {
    registry.add("trae.redis.url", redis::url);
  }

  @AfterAll
  static void stopRedis() {
    if (redis.isActive()) {
      redis.close();
    }
  }

  @Test
  @Order(1)
  void theApiBudgetIsKeptInRedis() {
    HttpResponse<String> response = http.get("/api/v1/setup", "X-Forwarded-For", "192.0.2.10");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("RateLimit-Remaining")).hasValue("999999");
    assertThat(connection.sync().keys("trae:rl:api:1000000-60000:*")).isNotEmpty();
  }

  @Test
  @Order(2)
  void redisIsPartOfReadiness() {
    assertThat(healthGroups.get("readiness").isMember("redis")).isTrue();
    assertThat(healthGroups.get("liveness").isMember("redis"))
        .as("a Redis outage must not get the app restarted")
        .isFalse();
    assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(200);
  }

  @Test
  @Order(3)
  void withoutRedisTheNodeIsNotReadyButStillAnswers() {
    redis.close();

    assertThat(http.get("/actuator/health/readiness").statusCode()).isEqualTo(503);
    assertThat(http.get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    HttpResponse<String> response = http.get("/api/v1/setup", "X-Forwarded-For", "192.0.2.11");
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("RateLimit-Remaining")).hasValue("999999");
  }
}
