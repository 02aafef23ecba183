package ai.trae.content;

import static org.assertj.core.api.Assertions.assertThat;

import ai.trae.content.item.ContentItem;
import ai.trae.content.item.ContentStatus;
import ai.trae.content.item.ContentType;
import ai.trae.content.item.Editor;
import ai.trae.content.item.ItemContent;
import ai.trae.content.item.Items;
import ai.trae.content.item.NewItem;
import ai.trae.content.item.VersionSource;
import ai.trae.identity.Permissions;
import ai.trae.identity.UserId;
import ai.trae.platform.web.IfMatch;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * Content with the modules it depends on, as Spring Modulith bootstraps it: every item write that
 * analytics and webhooks will react to publishes its public event, carrying what they need.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@TestPropertySource(
    properties = {"trae.data.dir=target/test-data/${random.uuid}", "trae.identity.bcrypt-cost=4"})
class ContentEventsTests {

  static final Editor EDITOR =
      new Editor(
          UUID.randomUUID(),
          "editor@events.test",
          Set.of(
              Permissions.CONTENT_READ,
              Permissions.CONTENT_WRITE_OWN,
              Permissions.CONTENT_WRITE_ANY,
              Permissions.CONTENT_REVIEW,
              Permissions.CONTENT_PUBLISH,
              Permissions.CONTENT_DELETE),
          false);

  @Autowired Items items;

  @Test
  void creatingPublishesContentCreated(Scenario scenario) {
    String title = "Created " + UUID.randomUUID();
    scenario
        .stimulate(() -> items.create(draft(title), EDITOR))
        .andWaitForEventOfType(ContentCreated.class)
        .matching(event -> event.actor().equals(UserId.of(EDITOR.userId())))
        .toArriveAndVerify(
            (event, item) -> {
              assertThat(event.id()).isEqualTo(ContentId.of(item.id()));
              assertThat(event.type()).isEqualTo("newsletter");
              assertThat(event.status()).isEqualTo("draft");
              assertThat(event.version()).isEqualTo(1);
              assertThat(event.at()).isEqualTo(item.updatedAt());
            });
  }

  @Test
  void editingPublishesContentUpdated(Scenario scenario) {
    ContentItem item = items.create(draft("Before"), EDITOR);
    scenario
        .stimulate(
            () ->
                items.update(
                    item.id(), content("After"), IfMatch.parse("\"1\""), EDITOR, "a change"))
        .andWaitForEventOfType(ContentUpdated.class)
        .matching(event -> event.id().equals(ContentId.of(item.id())))
        .toArriveAndVerify(
            event -> {
              assertThat(event.change()).isEqualTo("edited");
              assertThat(event.version()).isEqualTo(2);
              assertThat(event.status()).isEqualTo("draft");
            });
  }

  @Test
  void aTransitionPublishesContentTransitioned(Scenario scenario) {
    ContentItem item = items.create(draft("To review"), EDITOR);
    scenario
        .stimulate(
            () ->
                items.transition(
                    item.id(), "submit", null, null, null, EDITOR, VersionSource.TRANSITION))
        .andWaitForEventOfType(ContentTransitioned.class)
        .matching(event -> event.id().equals(ContentId.of(item.id())))
        .toArriveAndVerify(
            event -> {
              assertThat(event.action()).isEqualTo("submit");
              assertThat(event.from()).isEqualTo("draft");
              assertThat(event.to()).isEqualTo("in-review");
              assertThat(event.version()).isEqualTo(2);
              assertThat(event.type()).isEqualTo("newsletter");
            });
  }

  @Test
  void trashingPublishesContentUpdatedAndDeletingContentDeleted(Scenario scenario) {
    ContentItem item = items.create(draft("Doomed"), EDITOR);
    scenario
        .stimulate(() -> items.trash(item.id(), EDITOR))
        .andWaitForEventOfType(ContentUpdated.class)
        .matching(event -> event.id().equals(ContentId.of(item.id())))
        .toArriveAndVerify(event -> assertThat(event.change()).isEqualTo("trashed"));
    scenario
        .stimulate(() -> items.delete(item.id(), EDITOR))
        .andWaitForEventOfType(ContentDeleted.class)
        .matching(event -> event.id().equals(ContentId.of(item.id())))
        .toArriveAndVerify(
            event -> {
              assertThat(event.actor()).isEqualTo(UserId.of(EDITOR.userId()));
              assertThat(event.type()).isEqualTo("newsletter");
              assertThat(event.status()).isEqualTo("draft");
            });
  }

  private static NewItem draft(String title) {
    return new NewItem(
        ContentType.NEWSLETTER,
        ContentStatus.DRAFT,
        content(title),
        VersionSource.API,
        null,
        null,
        null);
  }

  private static ItemContent content(String title) {
    return new ItemContent(
        title,
        "",
        "Summary",
        "Body",
        List.of("weekly"),
        null,
        ItemContent.Seo.NONE,
        List.of("newsletter"),
        List.of(),
        "Subject line",
        List.of(),
        List.of());
  }
}
