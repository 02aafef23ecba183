package ai.trae.content;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.Items;
import ai.trae.content.item.NewItem;
import ai.trae.identity.Permissions;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Items made through the item service, as any write path makes them. */
public final class ContentFixtures {

  private ContentFixtures() {}

  /** An editor with every content permission, through a session (or a token). */
  public static Editor editor(UUID userId, boolean viaToken) {
    return new Editor(
        userId,
        "editor@example.test",
        Set.of(
            Permissions.CONTENT_READ,
            Permissions.CONTENT_WRITE_OWN,
            Permissions.CONTENT_WRITE_ANY,
            Permissions.CONTENT_REVIEW,
            Permissions.CONTENT_PUBLISH,
            Permissions.CONTENT_DELETE),
        viaToken);
  }

  public static ItemContent content(String title, String body) {
    return new ItemContent(
        title,
        "",
        null,
        body,
        List.of(),
        null,
        ItemContent.Seo.NONE,
        List.of(),
        List.of(),
        null,
        List.of(),
        List.of());
  }

  public static ContentItem article(Items items, Editor editor, String title, String body) {
    return items.create(
        new NewItem(
            ContentType.ARTICLE,
            ContentStatus.DRAFT,
            content(title, body),
            editor.source(),
            "first draft",
            null,
            null),
        editor);
  }

  public static ItemContent withBody(ItemContent c, String body) {
    return new ItemContent(
        c.title(),
        c.slug(),
        c.summary(),
        body,
        c.tags(),
        c.coverMediaId(),
        c.seo(),
        c.channels(),
        c.variants(),
        c.subject(),
        c.sections(),
        c.coAuthorIds());
  }
}
