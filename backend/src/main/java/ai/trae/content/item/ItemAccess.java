package ai.trae.content.item;

import static ai.trae.identity.Permissions.CONTENT_PUBLISH;
import static ai.trae.identity.Permissions.CONTENT_REVIEW;
import static ai.trae.identity.Permissions.CONTENT_WRITE_ANY;
import static ai.trae.identity.Permissions.CONTENT_WRITE_OWN;

import ai.trae.identity.Permissions;
import ai.trae.platform.web.PlatformProblem;
import ai.trae.platform.web.ProblemException;
import java.util.Arrays;
import java.util.List;

/**
 * Who may do what to one item. Authors write their own ideas and drafts; content:write-any edits
 * anyone's at any status; review and publishing follow {@link Action}'s table; permanent deletion
 * needs content:delete. The same rules answer the item's {@code allowedActions} and {@code
 * permissions}, so the UI offers exactly what the server accepts.
 */
public final class ItemAccess {

  private ItemAccess() {}

  /** The item's author or a co-author, holding content:write-own. */
  static boolean owns(Editor editor, ContentItem item) {
    return editor.can(CONTENT_WRITE_OWN) && item.writtenBy(editor.userId());
  }

  static boolean early(ContentItem item) {
    return item.status() == ContentStatus.IDEA || item.status() == ContentStatus.DRAFT;
  }

  /** May replace the item's content (PUT, restore). */
  public static boolean mayEdit(Editor editor, ContentItem item) {
    return editor.can(CONTENT_WRITE_ANY) || (owns(editor, item) && early(item));
  }

  /** May move the item to the trash and back. */
  public static boolean mayTrash(Editor editor, ContentItem item) {
    return editor.can(CONTENT_WRITE_ANY) || owns(editor, item);
  }

  /** May delete the item for good (once it is in the trash). */
  public static boolean mayDelete(Editor editor) {
    return editor.can(Permissions.CONTENT_DELETE);
  }

  static boolean mayTake(Editor editor, ContentItem item, Action action) {
    boolean own = editor.can(CONTENT_WRITE_ANY) || owns(editor, item);
    return switch (action.needs()) {
      case OWN -> own;
      case REVIEW -> editor.can(CONTENT_REVIEW);
      case PUBLISH -> editor.can(CONTENT_PUBLISH);
      case PUBLISH_OR_OWN_DRAFT -> editor.can(CONTENT_PUBLISH) || (own && early(item));
      case PUBLISH_OR_OWN -> editor.can(CONTENT_PUBLISH) || own;
    };
  }

  /** The actions the editor could take on the item now; none while it is in the trash. */
  public static List<Action> allowedActions(Editor editor, ContentItem item) {
    if (item.trashed()) {
      return List.of();
    }
    return Arrays.stream(Action.values())
        .filter(a -> a.startsFrom(item.status()) && mayTake(editor, item, a))
        .toList();
  }

  static ProblemException forbidden(String what) {
    return new ProblemException(PlatformProblem.FORBIDDEN, "You may not " + what + ".");
  }
}
