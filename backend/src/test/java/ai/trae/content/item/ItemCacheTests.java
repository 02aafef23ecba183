package ai.trae.content.item;

import static ai.trae.content.item.ItemsClient.id;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import ai.trae.content.item.ItemsClient.Caller;
import ai.trae.support.Accounts;
import ai.trae.support.Http;
import ai.trae.support.IntegrationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Reads by id come from the node's cache, yet never show what was overwritten: the node's own
 * writes at once, anyone else's (another node, a hand-written statement) when PostgreSQL's
 * notification arrives.
 */
@IntegrationTest
class ItemCacheTests {

  @Autowired Http http;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;
  @Autowired ItemCache cache;

  ItemsClient api;
  Caller editor;

  @BeforeEach
  void client() {
    api = new ItemsClient(http, accounts, jdbc);
    editor = api.user("EDITOR");
  }

  @Test
  void aReadIsCachedAndTheNodesOwnWriteIsReadBackAtOnce() {
    UUID id = id(api.article("Cached notes", editor));
    assertThat(title(id)).isEqualTo("Cached notes");
    assertThat(cache.size()).isPositive();

    var saved =
        api.put(id, "{\"title\":\"Edited notes\",\"body\":\"Hello\",\"note\":\"n\"}", 1, editor);

    assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
    assertThat(title(id)).isEqualTo("Edited notes");
  }

  @Test
  void aWriteFromElsewhereEvictsTheCachedItemThroughItsNotification() {
    UUID id = id(api.article("Before", editor));
    assertThat(title(id)).isEqualTo("Before");

    // what another node's save looks like from here: a committed row this node did not write
    jdbc.sql("update content_items set title = 'After', version = version + 1 where id = ?")
        .param(id)
        .update();

    await().atMost(Duration.ofSeconds(5)).until(() -> title(id).equals("After"));
  }

  @Test
  void anItemDeletedElsewhereIsGone() {
    UUID id = id(api.article("Doomed", editor));
    assertThat(title(id)).isEqualTo("Doomed");

    jdbc.sql("delete from content_items where id = ?").param(id).update();

    await()
        .atMost(Duration.ofSeconds(5))
        .until(() -> api.get("/api/v1/content/" + id, editor).statusCode() == 404);
  }

  private String title(UUID id) {
    var read = api.get("/api/v1/content/" + id, editor);
    assertThat(read.statusCode()).as(read.body()).isEqualTo(200);
    return Http.json(read).get("title").asString();
  }
}
