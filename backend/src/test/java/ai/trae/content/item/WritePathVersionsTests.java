package ai.trae.content.item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.trae.identity.Permissions;
import ai.trae.platform.web.IfMatch;
import ai.trae.platform.web.ProblemException;
import ai.trae.platform.web.ValidationFailedException;
import ai.trae.platform.web.VersionConflictException;
import ai.trae.support.Accounts;
import ai.trae.support.IntegrationTest;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The write paths other features call (bulk tagging and assigning, restore, import, trash) mint a
 * version exactly where content or status changes, with the source they name.
 */
@IntegrationTest
class WritePathVersionsTests {

  @Autowired Items items;
  @Autowired Accounts accounts;
  @Autowired JdbcClient jdbc;

  Editor editor;
  UUID otherUser;

  @BeforeEach
  void editor() {
    editor =
        new Editor(
            user("EDITOR"),
            "editor@example.test",
            Set.of(
                Permissions.CONTENT_READ,
                Permissions.CONTENT_WRITE_OWN,
                Permissions.CONTENT_WRITE_ANY,
                Permissions.CONTENT_PUBLISH),
            true);
    otherUser = user("AUTHOR");
  }

  @Test
  void tagUntagAndAssignMintVersionsOnlyWhenSomethingChanges() {
    ContentItem item = create("Tag me", VersionSource.API);

    ContentItem tagged = items.tag(item.id(), List.of("a", "b"), editor, VersionSource.BULK);
    assertThat(tagged.content().tags()).containsExactly("a", "b");
    ContentItem again = items.tag(item.id(), List.of("a"), editor, VersionSource.BULK);
    assertThat(again.version()).as("nothing to change").isEqualTo(tagged.version());
    ContentItem untagged = items.untag(item.id(), List.of("a"), editor, VersionSource.BULK);
    assertThat(untagged.content().tags()).containsExactly("b");
    ContentItem assigned = items.assign(item.id(), otherUser, editor, VersionSource.BULK);
    assertThat(assigned.authorId()).isEqualTo(otherUser);
    assertThat(items.assign(item.id(), otherUser, editor, VersionSource.BULK).version())
        .isEqualTo(assigned.version());
    assertThatThrownBy(() -> items.assign(item.id(), UUID.randomUUID(), editor, VersionSource.BULK))
        .isInstanceOf(ValidationFailedException.class);

    assertThat(sources(item.id())).containsExactly("api", "bulk", "bulk", "bulk");
    assertThat(
            jdbc.sql(
                    "select snapshot->>'authorId' from content_versions where item_id = ? and"
                        + " number = 4")
                .param(item.id())
                .query(String.class)
                .single())
        .isEqualTo(otherUser.toString());
    assertThat(items.get(item.id()).currentVersion()).isEqualTo(4);
  }

  @Test
  void trashingBumpsTheRowVersionButMintsNoHistoryVersion() {
    ContentItem item = create("Trash me", VersionSource.UI);

    ContentItem trashed = items.trash(item.id(), editor);
    ContentItem back = items.untrash(item.id(), editor);

    assertThat(trashed.version()).isEqualTo(2);
    assertThat(back.version()).isEqualTo(3);
    assertThat(back.currentVersion()).isEqualTo(1);
    assertThat(sources(item.id())).containsExactly("ui");
  }

  @Test
  void aRestoreIsANewVersionWithSourceRestoreAndAnImportKeepsItsSource() {
    ContentItem item = create("Original", VersionSource.IMPORT);
    ContentItem edited =
        items.update(
            item.id(), withTitle(item.content(), "Edited"), IfMatch.parse("\"1\""), editor, "edit");

    ContentItem restored =
        items.restore(item.id(), item.content(), IfMatch.parse("\"2\""), editor, 1);

    assertThat(restored.content().title()).isEqualTo(item.content().title());
    assertThat(restored.currentVersion()).isEqualTo(3);
    assertThat(sources(item.id())).containsExactly("import", "api", "restore");
    assertThat(
            jdbc.sql("select note from content_versions where item_id = ? and number = 3")
                .param(item.id())
                .query(String.class)
                .single())
        .isEqualTo("Restored version 1");
    assertThatThrownBy(
            () -> items.restore(item.id(), item.content(), IfMatch.parse("\"2\""), editor, 1))
        .as("restore checks If-Match like any save")
        .isInstanceOf(VersionConflictException.class);
    assertThat(edited.version()).isEqualTo(2);
  }

  @Test
  void creatingPastTheDraftStageNeedsThePublishPermission() {
    Editor author =
        new Editor(
            otherUser,
            "author@example.test",
            Set.of(Permissions.CONTENT_READ, Permissions.CONTENT_WRITE_OWN),
            false);
    NewItem published =
        new NewItem(
            ContentType.ARTICLE,
            ContentStatus.PUBLISHED,
            content("Imported " + UUID.randomUUID()),
            VersionSource.IMPORT,
            null,
            null,
            null);

    assertThatThrownBy(() -> items.create(published, author)).isInstanceOf(ProblemException.class);
    ContentItem imported = items.create(published, editor);
    assertThat(imported.publishedAt()).isNotNull();
    assertThat(sources(imported.id())).containsExactly("import");
  }

  private ContentItem create(String title, VersionSource source) {
    return items.create(
        new NewItem(
            ContentType.ARTICLE,
            ContentStatus.DRAFT,
            content(title + " " + UUID.randomUUID()),
            source,
            null,
            null,
            null),
        editor);
  }

  private static ItemContent content(String title) {
    return new ItemContent(
        title,
        "",
        null,
        "Body",
        List.of(),
        null,
        ItemContent.Seo.NONE,
        List.of(),
        List.of(),
        null,
        List.of(),
        List.of());
  }

  private static ItemContent withTitle(ItemContent c, String title) {
    return new ItemContent(
        title,
        c.slug(),
        c.summary(),
        c.body(),
        c.tags(),
        c.coverMediaId(),
        c.seo(),
        c.channels(),
        c.variants(),
        c.subject(),
        c.sections(),
        c.coAuthorIds());
  }

  private List<String> sources(UUID id) {
    return jdbc.sql("select source from content_versions where item_id = ? order by number")
        .param(id)
        .query(String.class)
        .list();
  }

  private UUID user(String role) {
    String email = accounts.create(role);
    return jdbc.sql("select id from users where email = ?").param(email).query(UUID.class).single();
  }
}
