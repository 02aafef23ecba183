package ai.trae.content.item;

import static ai.trae.content.item.ItemsClient.id;
import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ItemsClient.Caller;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.RepeatedTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;

/**
 * Two editors save the same version of one item at the same moment: exactly one save wins, the
 * other is told 412 with the winner's item, and the history has one version for the winner only.
 */
@IntegrationTest
class ConcurrentSaveTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  @RepeatedTest(3)
  void twoClientsRacingToSaveOneItemLeaveOneWinnerAndOne412() throws Exception {
    ItemsClient api = new ItemsClient(http, accounts, jdbc);
    Caller ada = api.user("EDITOR");
    Caller grace = api.user("EDITOR");
    UUID id = id(api.article("Shared draft", ada));
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    List<Future<HttpResponse<String>>> saves = new ArrayList<>();
    try {
      for (Caller who : List.of(ada, grace)) {
        saves.add(
            pool.submit(
                () -> {
                  start.await();
                  return api.put(id, "{\"title\": \"Saved by %s\"}".formatted(who.id()), 1, who);
                }));
      }
      start.countDown();
      List<HttpResponse<String>> answers = new ArrayList<>();
      for (Future<HttpResponse<String>> save : saves) {
        answers.add(save.get(30, TimeUnit.SECONDS));
      }

      assertThat(answers).extracting(HttpResponse::statusCode).containsExactlyInAnyOrder(200, 412);
      HttpResponse<String> won =
          answers.stream().filter(a -> a.statusCode() == 200).findFirst().get();
      HttpResponse<String> lost =
          answers.stream().filter(a -> a.statusCode() == 412).findFirst().get();
      JsonNode current = Http.json(lost).get("current");
      assertThat(current.get("version").asLong()).isEqualTo(2);
      assertThat(current.get("title").asString()).isEqualTo(Http.json(won).get("title").asString());
      assertThat(lost.headers().firstValue("ETag")).hasValue("\"2\"");
      assertThat(api.versions(id)).isEqualTo(2);
    } finally {
      pool.shutdownNow();
    }
  }
}
