package ai.trae.identity;

import static ai.trae.support.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/** Its own database: setup happens once per database, and this test is that once. */
@IntegrationTest
@TestPropertySource(properties = "trae.test.context=setup")
class SetupTests {

  @Autowired Http http;
  @Autowired JdbcClient jdbc;

  @Test
  void weakPasswordsAreRefusedThenRacingCallsCreateExactlyOneOwner() {
    assertThat(json(http.get("/api/v1/setup")).get("required").asBoolean()).isTrue();
    HttpResponse<String> weak = setup("owner@example.test", "password1234");
    assertThat(weak.statusCode()).isEqualTo(400);
    assertThat(json(weak).get("errors").get(0).get("field").asString()).isEqualTo("password");
    HttpResponse<String> tooShort = setup("owner@example.test", "Sh0rt!");
    assertThat(tooShort.statusCode()).isEqualTo(400);

    List<CompletableFuture<HttpResponse<String>>> racing =
        IntStream.range(0, 4)
            .mapToObj(
                i ->
                    CompletableFuture.supplyAsync(
                        () ->
                            setup(
                                "owner" + i + "@example.test", "a quiet lighthouse keeps watch 9")))
            .toList();

    List<Integer> statuses = racing.stream().map(f -> f.join().statusCode()).sorted().toList();
    assertThat(statuses).containsExactly(201, 409, 409, 409);
    assertThat(
            jdbc.sql("select count(*) from users where role = 'OWNER'")
                .query(Integer.class)
                .single())
        .isEqualTo(1);
    assertThat(json(http.get("/api/v1/setup")).get("required").asBoolean()).isFalse();
    HttpResponse<String> later = setup("late@example.test", "a quiet lighthouse keeps watch 9");
    assertThat(later.statusCode()).isEqualTo(409);
    assertThat(json(later).get("type").asString()).isEqualTo("/problems/setup-completed");
  }

  private HttpResponse<String> setup(String email, String password) {
    return http.send(
        "POST",
        "/api/v1/setup",
        "{\"email\":\"%s\",\"password\":\"%s\",\"displayName\":\"Owner\"}"
            .formatted(email, password),
        "Content-Type",
        "application/json");
  }
}
