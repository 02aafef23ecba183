package ai.trae.content.version;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.ContentProperties;
import ai.trae.support.DataSliceTest;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.unit.DataSize;

/** Retention keeps published and pinned versions and the newest N others, item by item. */
@DataSliceTest
@Import(Versions.class)
class RetentionTests {

  @Autowired Versions versions;
  @Autowired JdbcClient jdbc;

  @Test
  void theJobKeepsPublishedPinnedAndTheNewestOthers() {
    UUID busy = item(10);
    // 1..10: 3 was published, 5 is pinned
    for (int n = 1; n <= 10; n++) {
      version(busy, n, n == 3 ? "published" : "draft", n == 5);
    }
    UUID quiet = item(2);
    version(quiet, 1, "draft", false);
    version(quiet, 2, "draft", false);

    int pruned = VersionJobs.prune(versions, properties(3));

    // others newest first: 10, 9, 8 kept; 7, 6, 4, 2, 1 pruned
    assertThat(pruned).isEqualTo(5);
    assertThat(numbers(busy)).containsExactly(10, 9, 8, 5, 3);
    assertThat(numbers(quiet)).containsExactly(2, 1);
    assertThat(VersionJobs.prune(versions, properties(3))).isZero();
  }

  @Test
  void theQueryWorksInBatchesAndTheJobRunsThemAll() {
    UUID item = item(30);
    for (int n = 1; n <= 30; n++) {
      version(item, n, "draft", false);
    }
    assertThat(versions.prune(5, 10)).isEqualTo(10);
    assertThat(numbers(item)).hasSize(20).startsWith(30);
    assertThat(VersionJobs.prune(versions, properties(5))).isEqualTo(15);
    assertThat(numbers(item)).containsExactly(30, 29, 28, 27, 26);
  }

  private static ContentProperties properties(int keep) {
    return new ContentProperties(
        new ContentProperties.Versions(keep),
        new ContentProperties.Imports(10, DataSize.ofMegabytes(1), DataSize.ofMegabytes(10)));
  }

  private UUID item(int currentVersion) {
    UUID id = UUID.randomUUID();
    Timestamp now = Timestamp.from(Instant.now());
    jdbc.sql(
            """
            insert into content_items (id, type, status, title, slug, author_id, created_at,
                                       updated_at, current_version)
            values (?, 'article', 'draft', 'T', ?, ?, ?, ?, ?)
            """)
        .params(id, "t-" + id, UUID.randomUUID(), now, now, currentVersion)
        .update();
    return id;
  }

  private void version(UUID item, int number, String status, boolean pinned) {
    jdbc.sql(
            """
            insert into content_versions (item_id, number, created_at, source, status, pinned,
                                          snapshot)
            values (?, ?, ?, 'ui', ?, ?, '{"schema": 2}')
            """)
        .params(item, number, Timestamp.from(Instant.now()), status, pinned)
        .update();
  }

  private List<Integer> numbers(UUID item) {
    return jdbc.sql("select number from content_versions where item_id = ? order by number desc")
        .param(item)
        .query(Integer.class)
        .list();
  }
}
