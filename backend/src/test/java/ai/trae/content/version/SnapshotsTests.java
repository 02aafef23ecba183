package ai.trae.content.version;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ItemContent;
import ai.trae.content.version.Snapshots.Snapshot;
import org.junit.jupiter.api.Test;

/** History written in an older shape still reads after the shape moved on. */
class SnapshotsTests {

  @Test
  void aSchemaOneDocumentWithoutTheLaterFieldsReadsUpgraded() {
    // written by the first release: no dates, and content without variants, sections, co-authors
    String old =
        """
        {"schema": 1, "type": "article", "status": "draft",
         "authorId": "0193a1f0-0000-7000-8000-000000000001",
         "content": {"title": "Old", "slug": "old", "summary": null, "body": "Text",
                     "tags": ["a"], "coverMediaId": null, "channels": ["blog"],
                     "seo": {"metaTitle": "M"}, "retiredField": 1}}
        """;

    Snapshot snapshot = Snapshots.read(old);

    assertThat(snapshot.schema()).isEqualTo(Snapshots.SCHEMA);
    assertThat(snapshot.publishedAt()).isNull();
    ItemContent content = snapshot.content();
    assertThat(content.title()).isEqualTo("Old");
    assertThat(content.tags()).containsExactly("a");
    assertThat(content.seo().metaTitle()).isEqualTo("M");
    assertThat(content.variants()).isEmpty();
    assertThat(content.sections()).isEmpty();
    assertThat(content.coAuthorIds()).isEmpty();
  }
}
