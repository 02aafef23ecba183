package ai.trae.content.listing;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentItems;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.ItemContent.Seo;
import ai.trae.platform.database.Ids;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** Items for the listing tests, written through the one writer of content_items. */
final class ListedItems {

  static final Instant T0 = Instant.parse("2026-06-01T10:00:00Z");

  private final ContentItems items;
  private int n;

  ListedItems(ContentItems items) {
    this.items = items;
  }

  /** A builder of one item; unset fields take plain defaults. */
  final class Item {
    ContentType type = ContentType.ARTICLE;
    ContentStatus status = ContentStatus.DRAFT;
    String title;
    String body = "Some **bold** text.";
    List<String> tags = List.of();
    List<String> channels = List.of();
    UUID author = AUTHOR_A;
    Instant created;
    Instant updated;
    @Nullable Instant published;
    @Nullable Instant trashed;

    Item() {
      n++;
      title = "Item " + n;
      created = T0.plusSeconds(n);
      updated = T0.plusSeconds(n);
    }

    Item type(ContentType t) {
      type = t;
      return this;
    }

    Item status(ContentStatus s) {
      status = s;
      return this;
    }

    Item title(String t) {
      title = t;
      return this;
    }

    Item body(String b) {
      body = b;
      return this;
    }

    Item tags(String... t) {
      tags = List.of(t);
      return this;
    }

    Item channels(String... c) {
      channels = List.of(c);
      return this;
    }

    Item author(UUID a) {
      author = a;
      return this;
    }

    Item created(Instant at) {
      created = at;
      return this;
    }

    Item updated(Instant at) {
      updated = at;
      return this;
    }

    Item published(@Nullable Instant at) {
      published = at;
      return this;
    }

    Item trashed() {
      trashed = updated;
      return this;
    }

    ContentItem save() {
      ContentItem item =
          new ContentItem(
              Ids.newId(),
              type,
              status,
              new ItemContent(
                  title,
                  "item-" + n + "-" + UUID.randomUUID(),
                  "A summary",
                  body,
                  tags,
                  null,
                  Seo.NONE,
                  channels,
                  List.of(),
                  null,
                  List.of(),
                  List.of()),
              author,
              created,
              updated,
              published,
              null,
              trashed,
              1,
              1);
      items.insert(item);
      return item;
    }
  }

  static final UUID AUTHOR_A = UUID.fromString("00000000-0000-7000-8000-00000000000a");
  static final UUID AUTHOR_B = UUID.fromString("00000000-0000-7000-8000-00000000000b");

  Item item() {
    return new Item();
  }
}
