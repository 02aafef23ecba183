package ai.trae.content.item;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ItemContent.Section;
import ai.trae.content.item.ItemContent.Seo;
import ai.trae.content.item.ItemContent.Variant;
import ai.trae.platform.database.Ids;
import ai.trae.support.DataSliceTest;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The content_items and content_slugs tables through their one writer, on real PostgreSQL. */
@DataSliceTest
@Import({ContentItems.class, ItemCache.class})
class ContentItemsTests {

  static final Instant NOW = Instant.now().truncatedTo(ChronoUnit.MICROS);

  @Autowired ContentItems items;

  @Test
  void anInsertedItemReadsBackFieldForField() {
    UUID coAuthor = UUID.randomUUID();
    ItemContent content =
        new ItemContent(
            "Script",
            "script",
            "A summary",
            "Body *text*",
            List.of("video", "launch"),
            UUID.randomUUID(),
            new Seo("Meta", null, "https://example.test/script"),
            List.of("youtube", "bluesky"),
            List.of(new Variant("bluesky", null, "Short text"), new Variant("x", "T", "X text")),
            null,
            List.of(new Section("Intro", "Hi"), new Section("Outro", "Bye")),
            List.of(coAuthor));
    ContentItem item = item(ContentType.VIDEO_SCRIPT, content);

    items.insert(item);

    assertThat(items.byId(item.id())).contains(item);
    assertThat(items.bySlug(ContentType.VIDEO_SCRIPT, "script")).contains(item);
    assertThat(items.bySlug(ContentType.ARTICLE, "script")).as("slugs are per type").isEmpty();
    assertThat(items.byIds(List.of(item.id(), item.id(), UUID.randomUUID()))).containsExactly(item);
    assertThat(item.writtenBy(coAuthor)).isTrue();
  }

  @Test
  void anUpdateAppliesOnlyToTheVersionItWasMadeFrom() {
    ContentItem item = item(ContentType.ARTICLE, content("First", "first"));
    items.insert(item);
    ContentItem second = next(item, content("Second", "first"));

    assertThat(items.update(second, 1, "first")).isTrue();
    assertThat(items.update(next(item, content("Lost", "first")), 1, "first"))
        .as("stale")
        .isFalse();

    ContentItem read = items.byId(item.id()).orElseThrow();
    assertThat(read.content().title()).isEqualTo("Second");
    assertThat(read.version()).isEqualTo(2);
    assertThat(read.currentVersion()).isEqualTo(2);
  }

  @Test
  void aFormerSlugStillFindsItsItemAndStaysReservedForIt() {
    ContentItem item = item(ContentType.ARTICLE, content("Old name", "old-name"));
    items.insert(item);
    items.update(next(item, content("New name", "new-name")), 1, "old-name");
    ContentItem other = item(ContentType.ARTICLE, content("Other", "other"));
    items.insert(other);

    assertThat(items.bySlug(ContentType.ARTICLE, "old-name"))
        .hasValueSatisfying(i -> assertThat(i.content().slug()).isEqualTo("new-name"));
    assertThat(items.slugTaken(ContentType.ARTICLE, "old-name", other.id())).isTrue();
    assertThat(items.slugTaken(ContentType.ARTICLE, "old-name", item.id()))
        .as("an item may take its own old slug back")
        .isFalse();
    assertThat(items.slugTaken(ContentType.ARTICLE, "old-name", null)).isTrue();
    assertThat(items.slugTaken(ContentType.BLOG_POST, "old-name", null)).isFalse();

    assertThat(items.delete(item.id())).isTrue();
    assertThat(items.slugTaken(ContentType.ARTICLE, "old-name", null))
        .as("deleted for good frees its slugs")
        .isFalse();
    assertThat(items.byId(item.id())).isEmpty();
  }

  private static ContentItem item(ContentType type, ItemContent content) {
    return new ContentItem(
        Ids.newId(),
        type,
        ContentStatus.DRAFT,
        content,
        UUID.randomUUID(),
        NOW,
        NOW,
        null,
        null,
        null,
        1,
        1);
  }

  private static ContentItem next(ContentItem item, ItemContent content) {
    return new ContentItem(
        item.id(),
        item.type(),
        ContentStatus.IN_REVIEW,
        content,
        item.authorId(),
        item.createdAt(),
        NOW.plusSeconds(1),
        null,
        null,
        null,
        item.version() + 1,
        item.currentVersion() + 1);
  }

  private static ItemContent content(String title, String slug) {
    return new ItemContent(
        title, slug, null, "", List.of(), null, Seo.NONE, List.of(), List.of(), null, List.of(),
        List.of());
  }
}
